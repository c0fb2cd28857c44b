import { prefixed } from './rule-parts';

const ROTATE = 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens';

export const jfrogRules = [
  // Legacy API key: "AKC" + 70 alphanumerics. https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key
  prefixed({
    id: 'jfrog-api-key',
    provider: 'jfrog',
    title: 'JFrog Artifactory API key',
    prefix: 'AKC',
    body: '[A-Za-z0-9]{70}',
    sample: (f) => f.chars(70),
    seed: 391,
    minEntropy: 4,
    rotateUrl: ROTATE,
  }),
  // Identity/reference token: base64 of "reftkn:01:…", so it starts "cmVmdGtuOjAxOj".
  prefixed({
    id: 'jfrog-identity-token',
    provider: 'jfrog',
    title: 'JFrog identity (reference) token',
    prefix: 'cmVmdGtuOjAxOj',
    body: '[A-Za-z0-9]{50}',
    sample: (f) => f.chars(50),
    seed: 392,
    minEntropy: 4,
    rotateUrl: ROTATE,
  }),
];
