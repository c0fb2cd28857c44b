import { fake } from '../fake';
import { defineRule } from '../rule';

/** Figma personal access tokens. */
export const figmaRules = [
  defineRule({
    id: 'figma-personal-access-token',
    provider: 'figma',
    title: 'Figma personal access token',
    keywords: ['figd_'],
    // figd_ + 40 base64url. https://www.figma.com/developers/api#access-tokens
    pattern: /\bfigd_[A-Za-z0-9_-]{40}(?![\w-])/,
    minEntropy: 3.5,
    rotateUrl:
      'https://help.figma.com/hc/en-us/articles/8085703771159-Manage-personal-access-tokens',
    examples: () => {
      const f = fake(721);
      return {
        match: ['figd' + '_' + f.chars(40, 'base64url'), 'figd' + '_' + f.chars(40)],
        noMatch: [
          { text: 'figd' + '_' + f.chars(20), why: 'too short' },
          {
            text: 'figd' + '_abc123def456ghi789jkl012mno345pqr678stu901vwx234yz',
            why: 'documented example, wrong length',
          },
        ],
      };
    },
  }),
];
