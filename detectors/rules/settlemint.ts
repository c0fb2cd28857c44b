import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { START } from './rule-parts';

/** SettleMint application, personal and service access tokens. */
export const settlemintRules = [
  defineRule({
    id: 'settlemint-access-token',
    provider: 'settlemint',
    title: 'SettleMint access token',
    keywords: ['sm_aat_', 'sm_pat_', 'sm_sat_'],
    // "sm_" + aat|pat|sat + "_" + 16 alphanumerics. https://console.settlemint.com/documentation/platform-components/security-and-authentication/personal-access-tokens
    pattern: patternText(`${START}sm_[aps]at_[A-Za-z0-9]{16}(?![A-Za-z0-9_-])`),
    minEntropy: 3,
    anchored: true,
    rotateUrl: 'https://console.settlemint.com/',
    examples: () => {
      const f = fake(2071);
      return {
        match: [
          'sm_' + 'pat_' + f.chars(16),
          'sm_' + 'aat_' + f.chars(16),
          'sm_' + 'sat_' + f.chars(16),
        ],
        noMatch: [
          { text: 'sm_' + 'pat_' + f.chars(10), why: 'too short' },
          { text: 'sm_' + 'pat_' + f.chars(16) + '_suffix', why: 'an identifier' },
        ],
      };
    },
  }),
];
