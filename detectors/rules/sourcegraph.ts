import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { START } from './rule-parts';

/** Sourcegraph access tokens; the bare 40-hex tokens of old instances are left to context rules. */
/** A Segment public API token: not Sourcegraph's, still a secret. */
const segment = (body: string) => {
  const text = 'sg' + 'p_' + body;
  return { text, why: 'Segment public API token shape, not hex', secret: text };
};

export const sourcegraphRules = [
  defineRule({
    id: 'sourcegraph-access-token',
    provider: 'sourcegraph',
    title: 'Sourcegraph access token',
    keywords: ['sgp_'],
    // "sgp_" + (16-hex instance id | "local") + "_" + 40 hex, or "sgp_" + 40 hex (5.0 format).
    // https://sourcegraph.com/docs/cli/how-tos/revoking_an_access_token
    pattern: patternText(`${START}sgp_(?:(?:[a-f0-9]{16}|local)_)?[a-f0-9]{40}(?![A-Za-z0-9_-])`),
    minEntropy: 3,
    anchored: true,
    rotateUrl: 'https://sourcegraph.com/docs/cli/how-tos/revoking_an_access_token',
    examples: () => {
      const f = fake(2021);
      const hex = (n: number) => f.chars(n, 'hexLower');
      return {
        match: [
          'sg' + 'p_' + hex(16) + '_' + hex(40),
          'sg' + 'p_local_' + hex(40),
          'sg' + 'p_' + hex(40),
        ],
        noMatch: [{ text: 'sg' + 'p_' + hex(30), why: 'too short' }, segment(f.chars(64))],
      };
    },
  }),
];
