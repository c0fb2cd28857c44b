import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** Stability AI keys share OpenAI's old `sk-` look, so they need a Stability name beside them. */
export const stabilityRules = [
  defineRule({
    id: 'stability-api-key',
    provider: 'stability-ai',
    title: 'Stability AI API key',
    keywords: ['stability'],
    // sk- + 48 base62, named STABILITY_API_KEY. https://platform.stability.ai/docs/getting-started/authentication
    pattern: nearKeyword('stability', 'sk-[A-Za-z0-9]{48}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://platform.stability.ai/account/keys',
    examples: () => {
      const f = fake(1005);
      const a = 'sk-' + f.chars(48);
      const b = 'sk-' + f.chars(48);
      return {
        match: [
          { text: `STABILITY_API_KEY=${a}`, secret: a },
          { text: `stability:\n  key: '${b}'`, secret: b },
        ],
        noMatch: [
          genericSecret(`api_key = "sk-${f.chars(48)}"`, 'no Stability name'),
          { text: `STABILITY_API_KEY=sk-${f.chars(20)}`, why: 'too short' },
        ],
      };
    },
  }),
];
