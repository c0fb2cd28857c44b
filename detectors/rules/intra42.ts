import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { START } from './rule-parts';

/** 42 school intranet (intra.42.fr) OAuth application secrets. */
export const intra42Rules = [
  defineRule({
    id: 'intra42-client-secret',
    provider: 'intra42',
    title: '42 intranet OAuth client secret',
    keywords: ['s-s4t2ud-', 's-s4t2af-'],
    // "s-s4t2ud-" (user app) or "s-s4t2af-" + 64 hex. https://api.intra.42.fr/apidoc/guides/getting_started
    pattern: patternText(`${START}s-s4t2(?:ud|af)-[a-f0-9]{64}(?![A-Za-z0-9_-])`),
    minEntropy: 3,
    anchored: true,
    rotateUrl: 'https://profile.intra.42.fr/oauth/applications',
    examples: () => {
      const f = fake(2061);
      return {
        match: [
          's-s4t2' + 'ud-' + f.chars(64, 'hexLower'),
          's-s4t2' + 'af-' + f.chars(64, 'hexLower'),
        ],
        noMatch: [
          { text: 's-s4t2' + 'ud-' + f.chars(40, 'hexLower'), why: 'too short' },
          { text: 'u-s4t2' + 'ud-' + f.chars(64, 'hexLower'), why: 'client id (u-), public' },
        ],
      };
    },
  }),
];
