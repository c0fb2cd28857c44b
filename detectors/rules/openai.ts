import { fake } from '../fake';
import { defineRule, patternText, type RuleSpec } from '../rule';

const KEYS = 'https://platform.openai.com/api-keys';
/** Every OpenAI key carries base64("openai") = T3BlbkFJ between two random runs. */
const MARKER = 'T3Blbk' + 'FJ';

function markedKey(
  id: string,
  title: string,
  prefixes: readonly string[],
  rotateUrl: string,
  seed: number,
): RuleSpec {
  return defineRule({
    id,
    provider: 'openai',
    title,
    keywords: prefixes.map((p) => p.toLowerCase()),
    // <prefix><20…80 base64url>T3BlbkFJ<20…80 base64url>. https://platform.openai.com/docs/api-reference/authentication
    pattern: patternText(
      String.raw`\b(?:${prefixes.join('|')})[A-Za-z0-9_-]{20,80}${MARKER}[A-Za-z0-9_-]{20,80}(?![\w-])`,
    ),
    minEntropy: 3.5,
    rotateUrl,
    examples: () => {
      const f = fake(seed);
      const first = prefixes[0] as string;
      return {
        match: [
          first + f.chars(74, 'base64url') + MARKER + f.chars(74, 'base64url'),
          first + f.chars(20) + MARKER + f.chars(20),
        ],
        noMatch: [
          { text: first + f.chars(156), why: 'no T3BlbkFJ marker' },
          { text: first + f.chars(5) + MARKER + f.chars(5), why: 'too short around the marker' },
          { text: 'sk-' + 'nope-' + f.chars(40) + MARKER + f.chars(40), why: 'unknown prefix' },
        ],
      };
    },
  });
}

/** OpenAI project, service-account, admin and legacy user keys. */
export const openaiRules = [
  markedKey('openai-project-key', 'OpenAI project API key', ['sk-proj-', 'sk-None-'], KEYS, 401),
  markedKey('openai-service-account-key', 'OpenAI service account key', ['sk-svcacct-'], KEYS, 402),
  markedKey(
    'openai-admin-key',
    'OpenAI admin API key',
    ['sk-admin-'],
    'https://platform.openai.com/settings/organization/admin-keys',
    403,
  ),
  defineRule({
    id: 'openai-legacy-key',
    provider: 'openai',
    title: 'OpenAI API key (legacy user key)',
    keywords: ['t3blbkfj'],
    // sk- + 20 base62 + T3BlbkFJ + 20 base62 (51 chars). https://platform.openai.com/docs/api-reference/authentication
    pattern: patternText(String.raw`\bsk-[A-Za-z0-9]{20}${MARKER}[A-Za-z0-9]{20}\b`),
    minEntropy: 3.5,
    rotateUrl: KEYS,
    examples: () => {
      const f = fake(404);
      return {
        match: [
          'sk-' + f.chars(20) + MARKER + f.chars(20),
          'sk-' + f.chars(20) + MARKER + f.chars(20),
        ],
        noMatch: [
          { text: 'sk-' + f.chars(48), why: 'no marker (DeepSeek-style or random)' },
          { text: 'sk-' + f.chars(19) + MARKER + f.chars(20), why: 'wrong length' },
        ],
      };
    },
  }),
];
