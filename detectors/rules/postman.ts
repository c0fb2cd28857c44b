import { fake } from '../fake';
import { defineRule } from '../rule';

/** Postman API keys. */
export const postmanRules = [
  defineRule({
    id: 'postman-api-key',
    provider: 'postman',
    title: 'Postman API key',
    keywords: ['pmak-'],
    // PMAK-<24 hex>-<34 hex>. https://learning.postman.com/docs/developer/postman-api/authentication/
    pattern: /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b/,
    minEntropy: 3,
    rotateUrl: 'https://go.postman.co/settings/me/api-keys',
    examples: () => {
      const f = fake(731);
      return {
        match: [
          'PM' + 'AK-' + f.chars(24, 'hexLower') + '-' + f.chars(34, 'hexLower'),
          'PM' + 'AK-' + f.chars(24, 'hexLower') + '-' + f.chars(34, 'hexLower'),
        ],
        noMatch: [
          { text: 'PM' + 'AK-' + f.chars(24, 'hexLower'), why: 'truncated' },
          {
            text: 'PM' + 'AK-' + f.chars(24, 'hexLower') + '-' + f.chars(20, 'hexLower'),
            why: 'second part too short',
          },
        ],
      };
    },
  }),
];
