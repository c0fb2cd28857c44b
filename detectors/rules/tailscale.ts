import { prefixed } from './rule-parts';

/** Tailscale auth keys, API access tokens, OAuth client secrets, webhook and SCIM secrets. */
export const tailscaleRules = [
  prefixed({
    id: 'tailscale-key',
    provider: 'tailscale',
    title: 'Tailscale key',
    // tskey-<kind>-<key id, ending in CNTRL>-<secret>.
    // https://tailscale.com/kb/1085/auth-keys  https://tailscale.com/kb/1101/api
    prefix: 'tskey-',
    body: '(?:auth|api|client|webhook|scim)-[A-Za-z0-9]{4,32}-[A-Za-z0-9]{20,64}',
    sample: (f) => f.pick(['auth', 'api', 'client']) + '-k' + f.chars(9) + 'CNTRL-' + f.chars(33),
    seed: 593,
    minEntropy: 3.5,
    rotateUrl: 'https://login.tailscale.com/admin/settings/keys',
  }),
];
