import { fake } from '../fake';
import { defineRule } from '../rule';
import { decodeBase64Json } from '../validators/base64-json';
import { nearKeyword } from './rule-parts';

// The payload's first claim here starts with a digit (`{"1password.com/…`), so it opens eyI, not eyJ.
const JWT = String.raw`eyJ[A-Za-z0-9_-]{10,500}\.ey[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{20,1000}`;

function b64url(text: string): string {
  return btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** 1Password service-account tokens, Connect server tokens and account Secret Keys. */
export const onepasswordRules = [
  defineRule({
    id: 'onepassword-service-account-token',
    provider: '1password',
    title: '1Password service account token',
    keywords: ['ops_eyj'],
    // ops_ + base64 JSON (sign-in address, credentials). https://developer.1password.com/docs/service-accounts/
    pattern: /\bops_eyJ[A-Za-z0-9+/]{250,4000}={0,3}(?![\w+/=-])/,
    validate: (token) => decodeBase64Json(token.slice(4)) !== null,
    rotateUrl: 'https://my.1password.com/developer-tools/active/service-accounts',
    examples: () => {
      const f = fake(931);
      const tok = () =>
        'ops' +
        '_' +
        btoa(
          JSON.stringify({
            signInAddress: 'my.1password.com',
            userAuth: {
              method: 'SRPg-4096',
              alg: 'PBES2g-HS256',
              iterations: 650000,
              salt: f.chars(22, 'base64url'),
            },
            email: `${f.chars(12, 'lower')}@1passwordserviceaccounts.com`,
            srpX: f.chars(64, 'hexLower'),
            muk: { alg: 'A256GCM', ext: true, k: f.chars(43, 'base64url'), kid: 'mp', kty: 'oct' },
            secretKey: 'A3-' + f.chars(6, 'alnumUpper') + '-' + f.chars(6, 'alnumUpper'),
            deviceUuid: f.chars(26, 'alnumLower'),
          }),
        );
      return {
        match: [tok(), tok()],
        noMatch: [
          { text: 'ops' + '_eyJ' + f.chars(300), why: 'not base64 JSON' },
          { text: 'ops' + '_eyJ' + f.chars(40), why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'onepassword-connect-token',
    provider: '1password',
    title: '1Password Connect server token',
    keywords: ['connect_token', 'connect-token'],
    // A JWT named OP_CONNECT_TOKEN. https://developer.1password.com/docs/connect/manage-connect/
    pattern: nearKeyword('connect[_-]token', JWT),
    confidence: 'medium',
    rotateUrl: 'https://my.1password.com/developer-tools/infrastructure-secrets/connect',
    examples: () => {
      const f = fake(932);
      const jwt = () =>
        b64url('{"alg":"ES256","kid":"' + f.chars(26, 'alnumLower') + '","typ":"JWT"}') +
        '.' +
        b64url(
          `{"1password.com/auuid":"${f.chars(26, 'alnumUpper')}","1password.com/fts":["vaultaccess"],"aud":["com.1password.connect"],"iat":${f.int(1.6e9, 1.8e9)},"sub":"${f.chars(26, 'alnumUpper')}"}`,
        ) +
        '.' +
        f.chars(86, 'base64url');
      const a = jwt();
      const b = jwt();
      return {
        match: [
          { text: `export OP_CONNECT_TOKEN=${a}`, secret: a },
          { text: `op-connect-token: "${b}"`, secret: b },
        ],
        noMatch: [
          { text: `OP_CONNECT_HOST=http://localhost:8080`, why: 'host, not a token' },
          { text: `OP_CONNECT_TOKEN=\${OP_TOKEN}`, why: 'variable reference' },
        ],
      };
    },
  }),
  defineRule({
    id: 'onepassword-secret-key',
    provider: '1password',
    title: '1Password account Secret Key',
    keywords: ['a3-'],
    // A3-<6>-<6>-<5>-<5>-<5>-<5> (or a 11-char second group), upper-case base32-like. https://support.1password.com/secret-key/
    pattern:
      /\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b/,
    minEntropy: 3.5,
    rotateUrl: 'https://support.1password.com/secret-key/',
    examples: () => {
      const f = fake(933);
      const u = (n: number) => f.chars(n, 'alnumUpper');
      return {
        match: [
          'A3' + '-' + [u(6), u(6), u(5), u(5), u(5), u(5)].join('-'),
          'A3' + '-' + [u(6), u(11), u(5), u(5), u(5)].join('-'),
        ],
        noMatch: [
          { text: 'A3' + '-' + [u(6), u(6), u(5)].join('-'), why: 'truncated' },
          {
            text: 'A4' + '-' + [u(6), u(6), u(5), u(5), u(5), u(5)].join('-'),
            why: 'unknown version',
          },
        ],
      };
    },
  }),
];
