import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { crc32, toHex } from '../validators/checksum';
import { END, keyed, START } from './rule-parts';

const ROTATE = 'https://dash.cloudflare.com/profile/api-tokens';

/** The 40 random characters of a scannable token followed by their CRC32 in 8 lower-case hex. */
function scannable(prefix: string, body: string): string {
  return prefix + body + toHex(crc32(body));
}

function hasBodyCrc32(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1, -8);
  return body.length === 40 && toHex(crc32(body)) === token.slice(-8);
}

export const cloudflareRules = [
  defineRule({
    id: 'cloudflare-scannable-token',
    provider: 'cloudflare',
    title: 'Cloudflare API token or global API key',
    keywords: ['cfk_', 'cfut_', 'cfat_'],
    // "cfk_" (global API key), "cfut_" (user token) or "cfat_" (account token) + 40 base62 + CRC32
    // of those 40 as 8 lower-case hex (as secretlint's rule states; checked against a public
    // token). https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/
    pattern: patternText(`${START}cf(?:k|ut|at)_[A-Za-z0-9]{40}[0-9a-f]{8}${END}`),
    validate: hasBodyCrc32,
    anchored: true,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(193);
      const bad = scannable('cf' + 'ut_', f.chars(40));
      return {
        match: [
          scannable('cf' + 'ut_', f.chars(40)),
          scannable('cf' + 'at_', f.chars(40)),
          scannable('cf' + 'k_', f.chars(40)),
        ],
        noMatch: [
          {
            text: bad.slice(0, -8) + (bad.endsWith('0') ? '1' : '0') + bad.slice(-7),
            why: 'CRC32 does not match the body',
          },
          { text: 'cf' + 'ut_' + f.chars(40), why: 'no checksum' },
        ],
      };
    },
  }),
  defineRule({
    id: 'cloudflare-api-token',
    provider: 'cloudflare',
    title: 'Cloudflare API token',
    keywords: ['cloudflare', 'cf_api', 'cf-api', 'cf_token'],
    // 40 base64url characters, named CLOUDFLARE_API_TOKEN / CF_API_TOKEN.
    // https://developers.cloudflare.com/fundamentals/api/get-started/create-token/
    pattern: keyed(String.raw`cloudflare|cf_api|cf-api|cf_token`, '[A-Za-z0-9_-]{40}'),
    minEntropy: 3.5,
    anchored: true,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(191);
      const k = f.chars(40, 'base64url');
      return {
        match: [{ text: `CLOUDFLARE_API_TOKEN=${k}`, secret: k }],
        noMatch: [{ text: `CLOUDFLARE_ZONE=${f.chars(12)}`, why: 'short zone name' }],
      };
    },
  }),
  defineRule({
    id: 'cloudflare-global-api-key',
    provider: 'cloudflare',
    title: 'Cloudflare global API key',
    keywords: ['cloudflare', 'cf_api', 'x-auth-key'],
    // 37 hex characters, sent as X-Auth-Key. https://developers.cloudflare.com/fundamentals/api/get-started/keys/
    pattern: keyed(String.raw`cloudflare|cf_api|x-auth-key`, '[a-f0-9]{37}'),
    anchored: true,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(192);
      const k = f.chars(37, 'hexLower');
      return {
        match: [{ text: `X-Auth-Key: ${k}`, secret: k }],
        noMatch: [{ text: `X-Auth-Key: ${f.chars(32, 'hexLower')}`, why: 'wrong length' }],
      };
    },
  }),
  defineRule({
    id: 'cloudflare-origin-ca-key',
    provider: 'cloudflare',
    title: 'Cloudflare Origin CA key',
    keywords: ['v1.0-'],
    // "v1.0-" + 24 hex + "-" + 146 hex. https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/
    pattern: patternText(`${START}v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![a-f0-9])`),
    anchored: true,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(193);
      return {
        match: ['v1' + '.0-' + f.chars(24, 'hexLower') + '-' + f.chars(146, 'hexLower')],
        noMatch: [{ text: 'v1' + '.0-' + f.chars(24, 'hexLower'), why: 'incomplete' }],
      };
    },
  }),
];
