import { prefixed } from './rule-parts';

// "fio-u-" + 64 base64url (developer tokens). https://developer.frame.io/docs/getting-started/authentication
export const frameioRules = [
  prefixed({
    id: 'frameio-api-token',
    provider: 'frame-io',
    title: 'Frame.io developer token',
    prefix: 'fio-u-',
    body: '[A-Za-z0-9_-]{64}',
    sample: (f) => f.chars(64, 'base64url'),
    seed: 2131,
    minEntropy: 4,
    rotateUrl: 'https://developer.frame.io/app/tokens',
    noMatch: (f) => [
      { text: 'fio-a-' + f.chars(64, 'base64url'), why: 'not a user (u) token prefix' },
    ],
  }),
];
