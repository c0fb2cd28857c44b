import { prefixed } from './rule-parts';

// "dnkey-" + 26 + "-" + 52 base32 characters (Managed Nebula API keys).
// https://docs.defined.net/guides/automatically-creating-hosts/
export const definedNetworkingRules = [
  prefixed({
    id: 'defined-networking-api-key',
    provider: 'defined-networking',
    title: 'Defined Networking API key',
    prefix: 'dnkey-',
    body: '[A-Z0-9]{26}-[A-Z0-9]{52}',
    sample: (f) => f.chars(26, 'base32') + '-' + f.chars(52, 'base32'),
    seed: 2121,
    minEntropy: 3.5,
    rotateUrl: 'https://admin.defined.net/settings/api-keys',
  }),
];
