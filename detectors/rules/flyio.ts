import { prefixed } from './rule-parts';

const ROTATE = 'https://fly.io/user/personal_access_tokens';

export const flyioRules = [
  // "fo1_" + 43 base64url. https://fly.io/docs/security/tokens/
  prefixed({
    id: 'flyio-access-token',
    provider: 'flyio',
    title: 'Fly.io access token',
    prefix: 'fo1_',
    body: '[A-Za-z0-9_-]{43}',
    sample: (f) => f.chars(43),
    seed: 201,
    rotateUrl: ROTATE,
  }),
  // Macaroon tokens: "fm2_" (or fm1a_/fm1r_) + long base64, often sent as "FlyV1 fm2_…".
  // https://fly.io/docs/security/tokens/
  prefixed({
    id: 'flyio-macaroon-token',
    provider: 'flyio',
    title: 'Fly.io macaroon token',
    prefix: 'fm2_',
    body: '[A-Za-z0-9+/=_-]{100,4000}',
    sample: (f) => f.chars(180, 'base64'),
    seed: 202,
    rotateUrl: ROTATE,
    end: '(?![A-Za-z0-9+/=_-])',
    minEntropy: 4,
  }),
];
