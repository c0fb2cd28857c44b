import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

const ROTATE = 'https://developer.x.com/en/portal/projects-and-apps';

/**
 * X (Twitter) API credentials carry no prefix, so each needs a Twitter name beside it. The
 * 25-character API (consumer) key is left out: X calls it the app's user name, paired with the
 * secret found here.
 */
export const twitterRules = [
  defineRule({
    id: 'twitter-bearer-token',
    provider: 'twitter',
    title: 'X (Twitter) app-only bearer token',
    keywords: ['twitter'],
    // 22 "A" (zero bytes of the base64 header) + 80…140 URL-encoded base64.
    // https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens
    pattern: nearKeyword('twitter', 'A{22}[A-Za-z0-9%]{80,140}', String.raw`[\w%-]`),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(2211);
      const a = 'A'.repeat(22) + f.chars(20) + '%2B' + f.chars(70);
      return {
        match: [
          { text: `TWITTER_BEARER_TOKEN=${a}`, secret: a },
          { text: `twitter:\n  bearer: "${a}"`, secret: a },
        ],
        noMatch: [
          { text: `bearer = ${a}`, why: 'no Twitter name' },
          { text: `TWITTER_BEARER_TOKEN=${'A'.repeat(22)}${f.chars(30)}`, why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'twitter-access-token',
    provider: 'twitter',
    title: 'X (Twitter) user access token',
    keywords: ['twitter'],
    // Numeric user id "-" 20…40 base62. https://developer.x.com/en/docs/authentication/oauth-1-0a/obtaining-user-access-tokens
    pattern: nearKeyword('twitter', '[0-9]{1,20}-[A-Za-z0-9]{20,40}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(2212);
      const a = f.chars(19, 'digits') + '-' + f.chars(30);
      return {
        match: [
          { text: `TWITTER_ACCESS_TOKEN=${a}`, secret: a },
          { text: `twitter.access_token = "${a}"`, secret: a },
        ],
        noMatch: [
          { text: `TWITTER_ACCESS_TOKEN=${f.chars(19, 'digits')}-${f.chars(8)}`, why: 'too short' },
          { text: `order ${f.chars(12, 'digits')}-${f.chars(30)}`, why: 'no Twitter name' },
        ],
      };
    },
  }),
  defineRule({
    id: 'twitter-api-secret',
    provider: 'twitter',
    title: 'X (Twitter) API secret or access token secret',
    keywords: ['twitter'],
    // API (consumer) secret: 50 base62; access token secret: 45 base62.
    // https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret
    pattern: nearKeyword('twitter', '[A-Za-z0-9]{50}|[A-Za-z0-9]{45}'),
    minEntropy: 4,
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(2213);
      const a = f.chars(50);
      const b = f.chars(45);
      return {
        match: [
          { text: `TWITTER_API_SECRET=${a}`, secret: a },
          { text: `twitter:\n  access_token_secret: '${b}'`, secret: b },
        ],
        noMatch: [
          { text: `TWITTER_API_KEY=${f.chars(25)}`, why: 'API key, the secret is its pair' },
          genericSecret(`secret: ${f.chars(50)}`, 'no Twitter name'),
        ],
      };
    },
  }),
];
