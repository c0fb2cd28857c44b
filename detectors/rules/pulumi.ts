import { fake } from '../fake';
import { defineRule } from '../rule';

/** Pulumi Cloud access tokens. */
export const pulumiRules = [
  defineRule({
    id: 'pulumi-access-token',
    provider: 'pulumi',
    title: 'Pulumi access token',
    keywords: ['pul-'],
    // pul- + 40 hex. https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/
    pattern: /(?<![\w-])pul-[a-f0-9]{40}\b/,
    minEntropy: 3,
    rotateUrl: 'https://app.pulumi.com/account/tokens',
    examples: () => {
      const f = fake(941);
      return {
        match: ['pul' + '-' + f.chars(40, 'hexLower'), 'pul' + '-' + f.chars(40, 'hexLower')],
        noMatch: [
          { text: 'pul' + '-' + f.chars(30, 'hexLower'), why: 'too short' },
          { text: 'pul' + '-' + f.chars(40, 'upper'), why: 'not hex' },
        ],
      };
    },
  }),
];
