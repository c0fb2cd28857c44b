import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Private AI API keys (32 hex, no prefix): context only. */
export const privateaiRules = [
  defineRule({
    id: 'privateai-api-key',
    provider: 'private-ai',
    title: 'Private AI API key',
    keywords: ['privateai', 'private_ai', 'private-ai'],
    // 32 hex, sent as x-api-key. https://docs.private-ai.com/reference/latest/api-reference/
    pattern: nearKeyword('private[_-]?ai', '[a-f0-9]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://portal.private-ai.com/',
    examples: () => {
      const f = fake(2501);
      const a = f.chars(32, 'hexLower');
      return {
        match: [
          { text: `PRIVATE_AI_API_KEY=${a}`, secret: a },
          { text: `privateai:\n  api_key: "${a}"`, secret: a },
        ],
        noMatch: [
          {
            text: `private_key_id=${f.chars(32, 'hexLower')}`,
            why: 'a key id of another provider',
          },
          { text: `PRIVATE_AI_URL=https://api.private-ai.com/community`, why: 'a URL' },
        ],
      };
    },
  }),
];
