import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { START } from './rule-parts';

/** MaxMind license keys in the 2024 format, which ends in its marker instead of starting with it. */
export const maxmindRules = [
  defineRule({
    id: 'maxmind-license-key',
    provider: 'maxmind',
    title: 'MaxMind license key',
    keywords: ['_mmk'],
    // 6-char key id "_" 29 alphanumerics "_mmk". https://dev.maxmind.com/license-key/
    pattern: patternText(`${START}[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk(?![A-Za-z0-9_-])`),
    minEntropy: 3.5,
    rotateUrl: 'https://www.maxmind.com/en/accounts/current/license-key',
    examples: () => {
      const f = fake(2151);
      const key = () => f.chars(6) + '_' + f.chars(29) + '_m' + 'mk';
      return {
        match: [key(), key()],
        noMatch: [
          { text: f.chars(6) + '_' + f.chars(20) + '_m' + 'mk', why: 'too short' },
          { text: f.chars(6) + '_' + 'x'.repeat(29) + '_m' + 'mk', why: 'filler body' },
        ],
      };
    },
  }),
];
