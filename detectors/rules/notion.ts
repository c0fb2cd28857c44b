import { fake } from '../fake';
import { defineRule } from '../rule';

const ROTATE = 'https://www.notion.so/profile/integrations';

/** Notion integration tokens, current (ntn_) and legacy (secret_). */
export const notionRules = [
  defineRule({
    id: 'notion-integration-token',
    provider: 'notion',
    title: 'Notion integration token',
    keywords: ['ntn_'],
    // ntn_ + 11 digits + 35 base62. https://developers.notion.com/docs/authorization
    pattern: /\bntn_[0-9]{11}[A-Za-z0-9]{35}\b/,
    minEntropy: 3.5,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(681);
      return {
        match: [
          'ntn' + '_' + f.chars(11, 'digits') + f.chars(35),
          'ntn' + '_' + f.chars(11, 'digits') + f.chars(35),
        ],
        noMatch: [
          { text: 'ntn' + '_' + f.chars(20), why: 'too short' },
          { text: 'ntn' + '_' + f.chars(46, 'lower'), why: 'no leading digits' },
        ],
      };
    },
  }),
  defineRule({
    id: 'notion-legacy-secret',
    provider: 'notion',
    title: 'Notion integration secret (legacy)',
    keywords: ['secret_'],
    // secret_ + 43 base62. `secret_` is a common identifier prefix, hence medium. https://developers.notion.com/docs/authorization
    pattern: /\bsecret_[A-Za-z0-9]{43}\b/,
    anchored: true,
    minEntropy: 4,
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(682);
      return {
        match: ['secret' + '_' + f.chars(43), 'secret' + '_' + f.chars(43)],
        noMatch: [
          {
            text: 'secret' + '_key_base_for_the_rails_application_prod',
            why: 'identifier, low entropy',
          },
          { text: 'secret' + '_' + f.chars(30), why: 'wrong length' },
        ],
      };
    },
  }),
];
