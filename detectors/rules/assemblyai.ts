import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** AssemblyAI API keys: 32 hex beside an AssemblyAI name. */
export const assemblyaiRules = [
  defineRule({
    id: 'assemblyai-api-key',
    provider: 'assemblyai',
    title: 'AssemblyAI API key',
    keywords: ['assemblyai', 'assembly_ai'],
    // 32 hex named ASSEMBLYAI_API_KEY. https://www.assemblyai.com/docs/api-reference/overview#authorization
    pattern: nearKeyword('assembly_?ai', '[a-f0-9]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://www.assemblyai.com/app/api-keys',
    examples: () => {
      const f = fake(1006);
      const a = f.chars(32, 'hexLower');
      const b = f.chars(32, 'hexLower');
      return {
        match: [
          { text: `ASSEMBLYAI_API_KEY=${a}`, secret: a },
          { text: `assemblyai:\n  api_key: ${b}`, secret: b },
        ],
        noMatch: [
          { text: `ASSEMBLYAI_TRANSCRIPT_ID=${f.chars(20)}`, why: 'transcript id' },
          { text: `etag ${f.chars(32, 'hexLower')}`, why: 'no AssemblyAI name' },
        ],
      };
    },
  }),
];
