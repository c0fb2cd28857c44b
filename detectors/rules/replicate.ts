import { fake } from '../fake';
import { defineRule } from '../rule';

/** Replicate API tokens. */
export const replicateRules = [
  defineRule({
    id: 'replicate-api-token',
    provider: 'replicate',
    title: 'Replicate API token',
    keywords: ['r8_'],
    // r8_ + 37 base62 (40 chars). https://replicate.com/docs/reference/http#authentication
    pattern: /\br8_[A-Za-z0-9]{37}\b/,
    minEntropy: 3.5,
    rotateUrl: 'https://replicate.com/account/api-tokens',
    examples: () => {
      const f = fake(461);
      return {
        match: ['r8' + '_' + f.chars(37), 'r8' + '_' + f.chars(37)],
        noMatch: [
          { text: 'r8' + '_' + f.chars(30), why: 'too short' },
          { text: 'r9' + '_' + f.chars(37), why: 'wrong prefix' },
        ],
      };
    },
  }),
];
