import type { Fake } from '../fake';
import { prefixed } from './rule-parts';

const ROTATE = 'https://cloud.digitalocean.com/account/api/tokens';
const hex64 = { body: '[a-f0-9]{64}', sample: (f: Fake) => f.chars(64, 'hexLower') };

// "do?_v1_" + 64 hex; p = personal access, o = OAuth access, r = OAuth refresh.
// https://docs.digitalocean.com/reference/api/create-personal-access-token/
export const digitaloceanRules = [
  prefixed({
    id: 'digitalocean-personal-access-token',
    provider: 'digitalocean',
    title: 'DigitalOcean personal access token',
    prefix: 'dop_v1_',
    ...hex64,
    seed: 161,
    rotateUrl: ROTATE,
  }),
  prefixed({
    id: 'digitalocean-oauth-token',
    provider: 'digitalocean',
    title: 'DigitalOcean OAuth token',
    prefix: 'doo_v1_',
    ...hex64,
    seed: 162,
    rotateUrl: ROTATE,
  }),
  prefixed({
    id: 'digitalocean-refresh-token',
    provider: 'digitalocean',
    title: 'DigitalOcean OAuth refresh token',
    prefix: 'dor_v1_',
    ...hex64,
    seed: 163,
    rotateUrl: ROTATE,
  }),
];
