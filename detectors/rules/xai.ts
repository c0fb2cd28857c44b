import { fake } from '../fake';
import { defineRule } from '../rule';

/** xAI (Grok) API keys. */
export const xaiRules = [
  defineRule({
    id: 'xai-api-key',
    provider: 'xai',
    title: 'xAI API key',
    keywords: ['xai-'],
    // xai- + 80 base62. https://docs.x.ai/docs/overview
    pattern: /\bxai-[A-Za-z0-9]{80}\b/,
    minEntropy: 3.5,
    rotateUrl: 'https://console.x.ai/',
    examples: () => {
      const f = fake(491);
      return {
        match: ['xai' + '-' + f.chars(80), 'xai' + '-' + f.chars(80)],
        noMatch: [
          { text: 'xai' + '-' + f.chars(40), why: 'too short' },
          { text: 'xai' + '-grok-' + f.chars(20), why: 'model-like name' },
        ],
      };
    },
  }),
];
