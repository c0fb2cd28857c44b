import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** Fastly API tokens (32 base64url characters, no prefix): context only. */
export const fastlyRules = [
  defineRule({
    id: 'fastly-api-token',
    provider: 'fastly',
    title: 'Fastly API token',
    keywords: ['fastly'],
    // 32 base64url characters, sent as Fastly-Key. https://www.fastly.com/documentation/reference/api/auth-tokens/
    pattern: nearKeyword('fastly', '[A-Za-z0-9_-]{32}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://manage.fastly.com/account/personal/tokens',
    examples: () => {
      const f = fake(2431);
      const a = f.chars(32, 'base64url');
      return {
        match: [
          { text: `FASTLY_API_TOKEN=${a}`, secret: a },
          { text: `-H "Fastly-Key: ${a}"`, secret: a },
        ],
        noMatch: [
          { text: `FASTLY_SERVICE_ID=${f.chars(22)}`, why: 'service id, an identifier' },
          genericSecret(`token: ${f.chars(32, 'base64url')}`, 'no Fastly name'),
        ],
      };
    },
  }),
];
