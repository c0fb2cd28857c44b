import { fake } from '../fake';
import { defineRule } from '../rule';

/** PostHog personal API keys; project keys (phc_) are public by design. */
export const posthogRules = [
  defineRule({
    id: 'posthog-personal-api-key',
    provider: 'posthog',
    title: 'PostHog personal API key',
    keywords: ['phx_'],
    // phx_ + 43 base62 or underscore. https://posthog.com/docs/api#private-endpoint-authentication
    pattern: /\bphx_[A-Za-z0-9_]{43}\b/,
    minEntropy: 3.5,
    rotateUrl: 'https://app.posthog.com/settings/user-api-keys',
    examples: () => {
      const f = fake(1008);
      return {
        match: ['phx' + '_' + f.chars(43), 'phx' + '_' + f.chars(20) + '_' + f.chars(22)],
        noMatch: [
          { text: 'phc' + '_' + f.chars(43), why: 'project key, public by design' },
          { text: 'phx' + '_' + f.chars(30), why: 'too short' },
        ],
      };
    },
  }),
];
