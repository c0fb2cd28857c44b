import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { END, START } from './rule-parts';

/** Dynatrace API, platform and OAuth tokens: one dotted format for every kind. */
export const dynatraceRules = [
  defineRule({
    id: 'dynatrace-api-token',
    provider: 'dynatrace',
    title: 'Dynatrace API token',
    keywords: ['dt0'],
    // "dt0" + kind letter + 2 digits (dt0c01 classic API token, dt0s01…dt0s16 account, OAuth and
    // platform tokens) "." 24-char public id "." 64-char secret, upper-case alphanumeric; the
    // documentation gives this very expression.
    // https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens#token-format
    pattern: patternText(`${START}dt0[a-z][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}${END}`),
    minEntropy: 3.5,
    anchored: true,
    rotateUrl:
      'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens',
    examples: () => {
      const f = fake(2001);
      const tok = (kind: string) =>
        'dt0' + kind + '.' + f.chars(24, 'alnumUpper') + '.' + f.chars(64, 'alnumUpper');
      return {
        match: [tok('c01'), tok('s16')],
        noMatch: [
          { text: tok('c01').slice(0, 60), why: 'truncated secret portion' },
          { text: 'dt0c01.' + f.chars(24, 'alnumUpper'), why: 'token identifier only, public' },
          { text: tok('c01').toLowerCase(), why: 'lower-case, not the documented alphabet' },
        ],
      };
    },
  }),
];
