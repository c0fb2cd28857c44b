// AI model providers.
import { GITLEAKS, type TokenKind } from './kinds.ts';
import { ALNUM, LOWER, UPPER } from './rng.ts';

const W = ALNUM + '_-';

function openai(kind: string, scope: string): TokenKind {
  // sk-<scope>- + 74 (or 58) + "T3BlbkFJ" (base64 of "OpenAI") + 74 (or 58), [A-Za-z0-9_-].
  return {
    kind,
    provider: 'openai',
    names: ['OPENAI_API_KEY', 'OPENAI_KEY'],
    source:
      GITLEAKS + ' (openai-api-key); https://platform.openai.com/docs/api-reference/authentication',
    bearer: true,
    make: (r) => {
      const n = r.chance(0.7) ? 74 : 58;
      return 'sk-' + scope + '-' + r.chars(W, n) + 'T3Blbk' + 'FJ' + r.chars(W, n);
    },
  };
}

export const AI_KINDS: TokenKind[] = [
  openai('openai-project-key', 'proj'),
  openai('openai-service-account-key', 'svc' + 'acct'),
  openai('openai-admin-key', 'admin'),
  {
    kind: 'openai-legacy-key',
    provider: 'openai',
    names: ['OPENAI_API_KEY'],
    source: GITLEAKS + ' (openai-api-key)',
    bearer: true,
    make: (r) => 'sk-' + r.alnum(20) + 'T3Blbk' + 'FJ' + r.alnum(20),
  },
  {
    // sk-ant-api03- + 93 [A-Za-z0-9_-] + "AA": 108 characters in all.
    kind: 'anthropic-api-key',
    provider: 'anthropic',
    names: ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY'],
    source:
      'https://docs.anthropic.com/en/api/getting-started ; ' + GITLEAKS + ' (anthropic-api-key)',
    header: 'x-api-key',
    make: (r) => 'sk-ant-' + 'api03-' + r.chars(W, 93) + 'AA',
  },
  {
    kind: 'anthropic-admin-key',
    provider: 'anthropic',
    names: ['ANTHROPIC_ADMIN_KEY'],
    source:
      'https://docs.anthropic.com/en/api/administration-api ; ' +
      GITLEAKS +
      ' (anthropic-admin-api-key)',
    header: 'x-api-key',
    make: (r) => 'sk-ant-' + 'admin01-' + r.chars(W, 93) + 'AA',
  },
  {
    kind: 'huggingface-token',
    provider: 'huggingface',
    names: ['HF_TOKEN', 'HUGGINGFACEHUB_API_TOKEN', 'HUGGING_FACE_HUB_TOKEN'],
    source:
      'https://huggingface.co/docs/hub/security-tokens ; ' +
      GITLEAKS +
      ' (huggingface-access-token)',
    bearer: true,
    make: (r) => 'h' + 'f_' + r.chars(UPPER + LOWER, 34),
  },
  {
    kind: 'huggingface-org-token',
    provider: 'huggingface',
    names: ['HF_ORG_TOKEN'],
    source: GITLEAKS + ' (huggingface-organization-api-token)',
    bearer: true,
    make: (r) => 'api' + '_org_' + r.chars(UPPER + LOWER, 34),
  },
  {
    kind: 'groq-api-key',
    provider: 'groq',
    names: ['GROQ_API_KEY'],
    source: 'https://console.groq.com/docs/openai ; gitleaks cmd/generate/config/rules/groq.go',
    bearer: true,
    make: (r) => 'gs' + 'k_' + r.alnum(48),
  },
  {
    kind: 'perplexity-api-key',
    provider: 'perplexity',
    names: ['PERPLEXITY_API_KEY', 'PPLX_API_KEY'],
    source: GITLEAKS + ' (perplexity-api-key)',
    bearer: true,
    make: (r) => 'ppl' + 'x-' + r.alnum(48),
  },
  {
    kind: 'replicate-api-token',
    provider: 'replicate',
    names: ['REPLICATE_API_TOKEN'],
    source:
      'https://replicate.com/docs/reference/http#authentication (r8_ + 37 [A-Za-z0-9_-], per secretlint#1571)',
    bearer: true,
    make: (r) => 'r' + '8_' + r.chars(W, 37),
  },
  {
    kind: 'langsmith-api-key',
    provider: 'langsmith',
    names: ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'],
    source: 'gitleaks cmd/generate/config/rules/langsmith.go',
    header: 'x-api-key',
    make: (r) => 'lsv2' + '_' + r.pick(['pt', 'sk']) + '_' + r.hex(32) + '_' + r.hex(10),
  },
  {
    kind: 'cohere-api-key',
    provider: 'cohere',
    names: ['COHERE_API_KEY', 'CO_API_KEY'],
    source: GITLEAKS + ' (cohere-api-token: 40 alphanumerics next to its name)',
    named: true,
    bearer: true,
    make: (r) => r.alnum(40),
  },
];
