import { fake } from '../fake';
import { defineRule } from '../rule';

/** Typeform personal access tokens. */
export const typeformRules = [
  defineRule({
    id: 'typeform-personal-access-token',
    provider: 'typeform',
    title: 'Typeform personal access token',
    keywords: ['tfp_'],
    // tfp_ + 59 chars of base64url and dots. https://www.typeform.com/developers/get-started/personal-access-token/
    pattern: /\btfp_[A-Za-z0-9_.=-]{59}(?![\w.=-])/,
    minEntropy: 3.5,
    rotateUrl: 'https://admin.typeform.com/user/tokens',
    examples: () => {
      const f = fake(1009);
      return {
        match: [
          'tfp' + '_' + f.chars(59, 'base64url'),
          'tfp' + '_' + f.chars(44) + '_' + f.chars(14),
        ],
        noMatch: [
          { text: 'tfp' + '_' + f.chars(30), why: 'too short' },
          { text: 'tfp' + '_' + f.chars(70), why: 'too long' },
        ],
      };
    },
  }),
];
