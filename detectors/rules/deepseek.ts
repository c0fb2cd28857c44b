import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** DeepSeek keys look like `sk-` + 32 hex, too generic to flag without a DeepSeek name nearby. */
export const deepseekRules = [
  defineRule({
    id: 'deepseek-api-key',
    provider: 'deepseek',
    title: 'DeepSeek API key',
    keywords: ['deepseek'],
    // sk- + 32 hex, named DEEPSEEK_API_KEY. https://api-docs.deepseek.com/
    pattern: nearKeyword('deepseek', 'sk-[a-f0-9]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://platform.deepseek.com/api_keys',
    examples: () => {
      const f = fake(481);
      const a = 'sk-' + f.chars(32, 'hexLower');
      const b = 'sk-' + f.chars(32, 'hexLower');
      return {
        match: [
          { text: `DEEPSEEK_API_KEY=${a}`, secret: a },
          { text: `deepseek:\n  api_key: "${b}"`, secret: b },
        ],
        noMatch: [
          genericSecret(`api_key = "sk-${f.chars(32, 'hexLower')}"`, 'no DeepSeek name'),
          { text: `DEEPSEEK_API_KEY=sk-${f.chars(20, 'hexLower')}`, why: 'too short' },
        ],
      };
    },
  }),
];
