import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** GoCardless API access tokens (live_/sandbox_ + 40): context only, as the prefixes are common words. */
export const gocardlessRules = [
  defineRule({
    id: 'gocardless-access-token',
    provider: 'gocardless',
    title: 'GoCardless access token',
    keywords: ['gocardless'],
    // "live_" or "sandbox_" + 40 base64url. https://developer.gocardless.com/getting-started/api/making-your-first-request
    pattern: nearKeyword('gocardless', '(?:live|sandbox)_[A-Za-z0-9_-]{40}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://manage.gocardless.com/developers/access-tokens',
    examples: () => {
      const f = fake(2551);
      const a = 'live' + '_' + f.chars(40, 'base64url');
      const b = 'sandbox' + '_' + f.chars(40);
      return {
        match: [
          { text: `GOCARDLESS_ACCESS_TOKEN=${a}`, secret: a },
          { text: `gocardless:\n  token: ${b}`, secret: b },
        ],
        noMatch: [
          { text: `GOCARDLESS_ENVIRONMENT=live`, why: 'environment name' },
          genericSecret(`token=live_${f.chars(40)}`, 'no GoCardless name'),
        ],
      };
    },
  }),
];
