import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Deepgram API keys: 40 hex beside a Deepgram name. */
export const deepgramRules = [
  defineRule({
    id: 'deepgram-api-key',
    provider: 'deepgram',
    title: 'Deepgram API key',
    keywords: ['deepgram'],
    // 40 hex named DEEPGRAM_API_KEY, sent as `Authorization: Token …`. https://developers.deepgram.com/docs/authenticating
    pattern: nearKeyword('deepgram', '[a-f0-9]{40}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://console.deepgram.com/',
    examples: () => {
      const f = fake(1007);
      const a = f.chars(40, 'hexLower');
      const b = f.chars(40, 'hexLower');
      return {
        match: [
          { text: `DEEPGRAM_API_KEY=${a}`, secret: a },
          { text: `const deepgram = createClient("${b}");`, secret: b },
        ],
        noMatch: [
          {
            text: `DEEPGRAM_PROJECT_ID=${[8, 4, 4, 4, 12].map((n) => f.chars(n, 'hexLower')).join('-')}`,
            why: 'project id',
          },
          { text: `sha1 ${f.chars(40, 'hexLower')}`, why: 'no Deepgram name' },
        ],
      };
    },
  }),
];
