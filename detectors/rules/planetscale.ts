import type { Fake } from '../fake';
import { prefixed } from './rule-parts';

const ROTATE = 'https://app.planetscale.com/';
const body43 = { body: '[A-Za-z0-9_-]{43}', sample: (f: Fake) => f.chars(43), minEntropy: 3.5 };

// "pscale_" + kind + "_" + 43 base62: database passwords (pw), service tokens (tkn) and OAuth
// tokens (oauth). PlanetScale documents the prefixes, not the length; 43 is 32 random bytes in
// base64 without padding, the length of every value it issues.
// https://planetscale.com/docs/concepts/service-tokens
export const planetscaleRules = [
  prefixed({
    id: 'planetscale-password',
    provider: 'planetscale',
    title: 'PlanetScale database password',
    prefix: 'pscale_pw_',
    ...body43,
    seed: 2101,
    rotateUrl: ROTATE,
  }),
  prefixed({
    id: 'planetscale-service-token',
    provider: 'planetscale',
    title: 'PlanetScale service token',
    prefix: 'pscale_tkn_',
    ...body43,
    seed: 2102,
    rotateUrl: ROTATE,
  }),
  prefixed({
    id: 'planetscale-oauth-token',
    provider: 'planetscale',
    title: 'PlanetScale OAuth token',
    prefix: 'pscale_oauth_',
    ...body43,
    seed: 2103,
    rotateUrl: ROTATE,
  }),
];
