import { prefixed } from './rule-parts';

const ROTATE = 'https://supabase.com/dashboard/account/tokens';

export const supabaseRules = [
  // "sbp_" + 40 hex (personal access tokens). https://supabase.com/docs/guides/platform/access-control
  prefixed({
    id: 'supabase-personal-access-token',
    provider: 'supabase',
    title: 'Supabase personal access token',
    prefix: 'sbp_',
    body: '[a-f0-9]{40}',
    sample: (f) => f.chars(40, 'hexLower'),
    seed: 251,
    rotateUrl: ROTATE,
  }),
  // "sb_secret_" + 31 base64url (server-side API keys; "sb_publishable_" keys are public).
  // https://supabase.com/docs/guides/api/api-keys
  prefixed({
    id: 'supabase-secret-key',
    provider: 'supabase',
    title: 'Supabase secret API key',
    prefix: 'sb_secret_',
    body: '[A-Za-z0-9_-]{31}',
    sample: (f) => f.chars(31),
    seed: 252,
    rotateUrl: 'https://supabase.com/dashboard/project/_/settings/api-keys',
    noMatch: (f) => [
      { text: 'sb_publishable_' + f.chars(31), why: 'publishable keys are public by design' },
    ],
  }),
];
