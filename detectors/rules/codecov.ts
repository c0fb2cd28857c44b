import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword, UUID } from './rule-parts';

/** Codecov repository upload tokens are UUIDs: only with a Codecov name beside them. */
export const codecovRules = [
  defineRule({
    id: 'codecov-upload-token',
    provider: 'codecov',
    title: 'Codecov upload token',
    keywords: ['codecov'],
    // A UUID, set as CODECOV_TOKEN. https://docs.codecov.com/docs/codecov-tokens
    pattern: nearKeyword('codecov', UUID),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://docs.codecov.com/docs/codecov-tokens',
    examples: () => {
      const f = fake(2491);
      const h = (n: number) => f.chars(n, 'hexLower');
      const a = `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;
      return {
        match: [
          { text: `CODECOV_TOKEN=${a}`, secret: a },
          { text: `codecov -t ${a}`, secret: a },
        ],
        noMatch: [
          { text: `run_id=${a}`, why: 'a UUID with no Codecov name' },
          { text: `CODECOV_TOKEN=${h(32)}`, why: 'not a UUID' },
        ],
      };
    },
  }),
];
