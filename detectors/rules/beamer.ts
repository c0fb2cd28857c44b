import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Beamer API keys: "b_" + 44 base64url, named by Beamer beside them. */
export const beamerRules = [
  defineRule({
    id: 'beamer-api-key',
    provider: 'beamer',
    title: 'Beamer API key',
    keywords: ['beamer'],
    // https://www.getbeamer.com/api
    pattern: nearKeyword('beamer', 'b_[A-Za-z0-9_=-]{44}', String.raw`[\w=-]`),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://app.getbeamer.com/settings',
    examples: () => {
      const f = fake(2541);
      const a = 'b' + '_' + f.chars(44, 'base64url');
      return {
        match: [
          { text: `BEAMER_API_KEY=${a}`, secret: a },
          { text: `-H "Beamer-Api-Key: ${a}"`, secret: a },
        ],
        noMatch: [
          {
            text: `BEAMER_PRODUCT_ID=${f.chars(8)}`,
            why: 'product id, public in the page snippet',
          },
          { text: `key=${a}`, why: 'no Beamer name' },
        ],
      };
    },
  }),
];
