import { fake } from '../fake';
import { defineRule } from '../rule';

/** OpenRouter API keys. */
export const openrouterRules = [
  defineRule({
    id: 'openrouter-api-key',
    provider: 'openrouter',
    title: 'OpenRouter API key',
    keywords: ['sk-or-v1-'],
    // sk-or-v1- + 64 hex. https://openrouter.ai/docs/api-reference/authentication
    pattern: /\bsk-or-v1-[a-f0-9]{64}\b/,
    minEntropy: 3,
    rotateUrl: 'https://openrouter.ai/settings/keys',
    examples: () => {
      const f = fake(501);
      return {
        match: [
          'sk-or' + '-v1-' + f.chars(64, 'hexLower'),
          'sk-or' + '-v1-' + f.chars(64, 'hexLower'),
        ],
        noMatch: [
          { text: 'sk-or' + '-v1-' + f.chars(40, 'hexLower'), why: 'too short' },
          { text: 'sk-or' + '-v2-' + f.chars(64, 'hexLower'), why: 'unknown version' },
        ],
      };
    },
  }),
];
