import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword, UUID } from './rule-parts';

/** Snyk API tokens are UUIDs: only with a Snyk name beside them. */
export const snykRules = [
  defineRule({
    id: 'snyk-api-token',
    provider: 'snyk',
    title: 'Snyk API token',
    keywords: ['snyk'],
    // A UUID, set as SNYK_TOKEN or passed to `snyk auth`.
    // https://docs.snyk.io/snyk-api/authentication-for-api
    pattern: nearKeyword('snyk', UUID),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://app.snyk.io/account',
    examples: () => {
      const f = fake(2321);
      const h = (n: number) => f.chars(n, 'hexLower');
      const a = `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;
      return {
        match: [
          { text: `SNYK_TOKEN=${a}`, secret: a },
          { text: `snyk auth ${a}`, secret: a },
        ],
        noMatch: [
          { text: `request_id=${a}`, why: 'a UUID with no Snyk name' },
          { text: `SNYK_ORG=${h(8)}-${h(4)}`, why: 'not a UUID' },
        ],
      };
    },
  }),
];
