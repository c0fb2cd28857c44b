import { prefixed } from './rule-parts';

export const cratesIoRules = [
  // "cio" + 32 alphanumerics. https://crates.io/settings/tokens
  prefixed({
    id: 'crates-io-api-token',
    provider: 'crates-io',
    title: 'crates.io API token',
    prefix: 'cio',
    body: '[A-Za-z0-9]{32}',
    sample: (f) => f.chars(32),
    seed: 373,
    minEntropy: 3.5,
    rotateUrl: 'https://crates.io/settings/tokens',
  }),
];
