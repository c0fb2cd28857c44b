import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { START } from './rule-parts';

/** Harness personal (pat.) and service account (sat.) API tokens. */
export const harnessRules = [
  defineRule({
    id: 'harness-api-token',
    provider: 'harness',
    title: 'Harness API token',
    keywords: ['pat.', 'sat.'],
    // pat|sat "." 22-char account id "." 24-char token id "." 20-char secret.
    // https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys
    pattern: patternText(
      `${START}[ps]at\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}(?![A-Za-z0-9_.-])`,
    ),
    minEntropy: 3.5,
    anchored: true,
    rotateUrl: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys',
    examples: () => {
      const f = fake(2041);
      const tok = (kind: string) =>
        kind + '.' + f.chars(22, 'base64url') + '.' + f.chars(24, 'hexLower') + '.' + f.chars(20);
      return {
        match: [tok('pat'), tok('sat')],
        noMatch: [
          { text: tok('pat').slice(0, 50), why: 'secret part missing' },
          { text: tok('cat'), why: 'wrong prefix' },
        ],
      };
    },
  }),
];
