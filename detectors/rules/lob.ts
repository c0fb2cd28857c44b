import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Lob secret API keys (live_/test_ + 35 hex); the publishable keys (…_pub_…) are public. */
export const lobRules = [
  defineRule({
    id: 'lob-api-key',
    provider: 'lob',
    title: 'Lob secret API key',
    keywords: ['lob'],
    // https://docs.lob.com/#tag/Authentication
    pattern: nearKeyword('(?<![a-z])lob', '(?:live|test)_[a-f0-9]{35}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://dashboard.lob.com/settings/api-keys',
    examples: () => {
      const f = fake(2561);
      const a = 'live' + '_' + f.chars(35, 'hexLower');
      const b = 'test' + '_' + f.chars(35, 'hexLower');
      return {
        match: [
          { text: `LOB_API_KEY=${a}`, secret: a },
          { text: `const lob = Lob("${b}")`, secret: b },
        ],
        noMatch: [
          {
            text: `LOB_PUBLISHABLE_KEY=live_pub_${f.chars(31, 'hexLower')}`,
            why: 'publishable key, public',
          },
          {
            text: `global_key=test_${f.chars(35, 'hexLower')}`,
            why: 'the letters inside another word',
          },
        ],
      };
    },
  }),
];
