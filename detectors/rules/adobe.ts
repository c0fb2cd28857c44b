import { prefixed } from './rule-parts';

// "p8e-" + 32 alphanumerics: OAuth server-to-server client secrets (client ids, 32 hex, are
// public identifiers). https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/implementation
export const adobeRules = [
  prefixed({
    id: 'adobe-client-secret',
    provider: 'adobe',
    title: 'Adobe OAuth client secret',
    prefix: 'p8e-',
    body: '[A-Za-z0-9_-]{32}',
    sample: (f) => f.chars(32),
    seed: 2161,
    minEntropy: 3.5,
    rotateUrl: 'https://developer.adobe.com/console/projects',
    noMatch: (f) => [
      { text: 'p8e-' + 'x'.repeat(32), why: 'placeholder' },
      { text: 'p8e-' + f.chars(40), why: 'too long' },
    ],
  }),
];
