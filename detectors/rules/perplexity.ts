import { fake } from '../fake';
import { defineRule } from '../rule';

/** Perplexity API keys. */
export const perplexityRules = [
  defineRule({
    id: 'perplexity-api-key',
    provider: 'perplexity',
    title: 'Perplexity API key',
    keywords: ['pplx-'],
    // pplx- + 48 base62. https://docs.perplexity.ai/guides/getting-started
    pattern: /\bpplx-[A-Za-z0-9]{48}\b/,
    minEntropy: 3.5,
    rotateUrl: 'https://www.perplexity.ai/settings/api',
    examples: () => {
      const f = fake(471);
      return {
        match: ['pplx' + '-' + f.chars(48), 'pplx' + '-' + f.chars(48)],
        noMatch: [
          { text: 'pplx' + '-' + f.chars(32), why: 'too short' },
          { text: 'pplx' + '-' + 'x'.repeat(48), why: 'placeholder' },
        ],
      };
    },
  }),
];
