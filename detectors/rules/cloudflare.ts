import { fake } from '../fake';
import { defineRule } from '../rule';
import { keyed, START } from './shared';

const ROTATE = 'https://dash.cloudflare.com/profile/api-tokens';

export const cloudflareRules = [
  defineRule({
    id: 'cloudflare-api-token',
    provider: 'cloudflare',
    title: 'Cloudflare API token',
    group: 'cloud',
    keywords: ['cloudflare', 'cf_api', 'cf-api', 'cf_token'],
    // 40 base64url characters, named CLOUDFLARE_API_TOKEN / CF_API_TOKEN.
    // https://developers.cloudflare.com/fundamentals/api/get-started/create-token/
    pattern: keyed(String.raw`cloudflare|cf_api|cf-api|cf_token`, '[A-Za-z0-9_-]{40}'),
    minEntropy: 3.5,
    confidence: 'high',
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
    group: 'cloud',
    keywords: ['cloudflare', 'cf_api', 'x-auth-key'],
    // 37 hex characters, sent as X-Auth-Key. https://developers.cloudflare.com/fundamentals/api/get-started/keys/
    pattern: keyed(String.raw`cloudflare|cf_api|x-auth-key`, '[a-f0-9]{37}'),
    confidence: 'high',
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
    group: 'cloud',
    keywords: ['v1.0-'],
    // "v1.0-" + 24 hex + "-" + 146 hex. https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/
    pattern: new RegExp(`${START}v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![a-f0-9])`),
    confidence: 'high',
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
