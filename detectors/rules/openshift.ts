import { prefixed } from './rule-parts';

// "sha256~" + 43 base64url: OAuth access tokens since OpenShift 4.6 (the server stores only
// their SHA-256, hence the prefix). https://docs.openshift.com/container-platform/4.15/authentication/managing-oauth-access-tokens.html
export const openshiftRules = [
  prefixed({
    id: 'openshift-user-token',
    provider: 'openshift',
    title: 'OpenShift OAuth access token',
    prefix: 'sha256~',
    body: '[A-Za-z0-9_-]{43}',
    sample: (f) => f.chars(43, 'base64url'),
    seed: 2091,
    minEntropy: 3.5,
    rotateUrl:
      'https://docs.openshift.com/container-platform/4.15/authentication/managing-oauth-access-tokens.html',
    noMatch: (f) => [
      { text: 'sha256-' + f.chars(43, 'base64'), why: 'an integrity hash' },
      { text: 'sha256:' + f.chars(64, 'hexLower'), why: 'an image digest' },
    ],
  }),
];
