import { fake } from '../fake';
import { defineRule, patternText, type RuleSpec } from '../rule';

const TOKENS = 'https://docs.doppler.com/docs/service-tokens';

// Doppler tokens are dp.<kind>.[<slug>.]<40…44 base62>. https://docs.doppler.com/reference/auth-token-formats
function doppler(kind: string, title: string, seed: number, slug = false): RuleSpec {
  const slugPart = slug ? String.raw`(?:[a-z0-9_-]{2,35}\.)?` : '';
  return defineRule({
    id: `doppler-${kind === 'pt' ? 'personal' : kind === 'st' ? 'service' : kind === 'sa' ? 'service-account' : kind === 'ct' ? 'cli' : kind}-token`,
    provider: 'doppler',
    title,
    keywords: [`dp.${kind}.`],
    pattern: patternText(String.raw`\bdp\.${kind}\.${slugPart}[A-Za-z0-9]{40,44}\b`),
    minEntropy: 3.5,
    rotateUrl: TOKENS,
    examples: () => {
      const f = fake(seed);
      const head = 'dp' + '.' + kind + '.';
      return {
        match: [head + f.chars(43), head + (slug ? 'prd.' : '') + f.chars(43)],
        noMatch: [
          { text: head + f.chars(20), why: 'too short' },
          { text: 'dp' + '.zz.' + f.chars(43), why: 'unknown token kind' },
        ],
      };
    },
  });
}

/** Doppler personal, service, service-account, CLI, SCIM and audit tokens. */
export const dopplerRules = [
  doppler('pt', 'Doppler personal token', 911),
  doppler('st', 'Doppler service token', 912, true),
  doppler('sa', 'Doppler service account token', 913),
  doppler('ct', 'Doppler CLI token', 914),
  doppler('scim', 'Doppler SCIM token', 915),
  doppler('audit', 'Doppler audit token', 916),
];
