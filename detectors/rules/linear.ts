import { fake } from '../fake';
import { defineRule } from '../rule';

/** Linear personal API keys and OAuth access tokens. */
export const linearRules = [
  defineRule({
    id: 'linear-api-key',
    provider: 'Linear',
    title: 'Linear personal API key',
    group: 'saas',
    keywords: ['lin_api_'],
    // lin_api_ + 40 base62 (a little room either side). https://linear.app/developers/graphql#personal-api-keys
    pattern: /\blin_api_[A-Za-z0-9]{32,64}\b/,
    minEntropy: 3.5,
    confidence: 'high',
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
    provider: 'Linear',
    title: 'Linear OAuth access token',
    group: 'saas',
    keywords: ['lin_oauth_'],
    // lin_oauth_ + 64 hex. https://linear.app/developers/oauth-2-0-authentication
    pattern: /\blin_oauth_[a-f0-9]{64}\b/,
    minEntropy: 3,
    confidence: 'high',
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
];
