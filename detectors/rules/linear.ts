import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Linear personal API keys and OAuth access tokens. */
export const linearRules = [
  defineRule({
    id: 'linear-api-key',
    provider: 'linear',
    title: 'Linear personal API key',
    keywords: ['lin_api_'],
    // lin_api_ + 40 base62 (a little room either side). https://linear.app/developers/graphql#personal-api-keys
    pattern: /\blin_api_[A-Za-z0-9]{32,64}\b/,
    minEntropy: 3.5,
    rotateUrl: 'https://linear.app/settings/account/security',
    examples: () => {
      const f = fake(711);
      return {
        match: ['lin' + '_api_' + f.chars(40), 'lin' + '_api_' + f.chars(40)],
        noMatch: [
          { text: 'lin' + '_api_' + f.chars(20), why: 'too short' },
          { text: 'lin' + '_api_' + 'x'.repeat(40), why: 'placeholder' },
        ],
      };
    },
  }),
  defineRule({
    id: 'linear-oauth-token',
    provider: 'linear',
    title: 'Linear OAuth access token',
    keywords: ['lin_oauth_'],
    // lin_oauth_ + 64 hex. https://linear.app/developers/oauth-2-0-authentication
    pattern: /\blin_oauth_[a-f0-9]{64}\b/,
    minEntropy: 3,
    rotateUrl: 'https://linear.app/settings/account/security',
    examples: () => {
      const f = fake(712);
      return {
        match: [
          'lin' + '_oauth_' + f.chars(64, 'hexLower'),
          'lin' + '_oauth_' + f.chars(64, 'hexLower'),
        ],
        noMatch: [
          { text: 'lin' + '_oauth_' + f.chars(40, 'hexLower'), why: 'too short' },
          { text: 'lin' + '_oauth_' + f.chars(64, 'upper'), why: 'not hex' },
        ],
      };
    },
  }),
  defineRule({
    id: 'linear-client-secret',
    provider: 'linear',
    title: 'Linear OAuth client secret',
    // Whole key names: the bare word "linear" is all over CSS and maths code.
    keywords: ['linear_client_secret', 'linear_oauth_client_secret', 'linear-client-secret'],
    // 32 hex. https://linear.app/developers/oauth-2-0-authentication
    pattern: nearKeyword('linear[_-](?:oauth[_-])?client[_-]secret', '[a-f0-9]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://linear.app/settings/api/applications',
    examples: () => {
      const f = fake(713);
      const a = f.chars(32, 'hexLower');
      return {
        match: [
          { text: `LINEAR_CLIENT_SECRET=${a}`, secret: a },
          { text: `{"linear_oauth_client_secret": "${a}"}`, secret: a },
        ],
        noMatch: [
          { text: `LINEAR_CLIENT_ID=${f.chars(32, 'hexLower')}`, why: 'client id, public' },
          { text: `linear-gradient ${f.chars(32, 'hexLower')}`, why: 'CSS, not a key name' },
        ],
      };
    },
  }),
];
