import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Mistral API keys have no prefix, so they need a Mistral name beside them. */
export const mistralRules = [
  defineRule({
    id: 'mistral-api-key',
    provider: 'mistral',
    title: 'Mistral AI API key',
    keywords: ['mistral'],
    // 32 base62 named MISTRAL_API_KEY. https://docs.mistral.ai/getting-started/quickstart/
    pattern: nearKeyword('mistral', '[A-Za-z0-9]{32}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://console.mistral.ai/api-keys',
    examples: () => {
      const f = fake(441);
      const a = f.chars(32);
      const b = f.chars(32);
      return {
        match: [
          { text: `MISTRAL_API_KEY=${a}`, secret: a },
          { text: `client = Mistral(api_key="${b}")`, secret: b },
        ],
        noMatch: [
          {
            text: `mistral-large-latest ${f.chars(32, 'hexLower').slice(0, 20)}`,
            why: 'model name',
          },
          { text: `MISTRAL_API_KEY=${f.chars(24)}`, why: 'wrong length' },
        ],
      };
    },
  }),
];
