import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { hasBase62Crc32 } from '../validators/tokens';
import { githubBody } from './github';
import { END, keyed, START } from './rule-parts';

export const npmRules = [
  defineRule({
    id: 'npm-access-token',
    provider: 'npm',
    title: 'npm access token',
    keywords: ['npm_'],
    // "npm_" + 30 base62 + 6 base62 CRC32, as GitHub's format.
    // https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/
    pattern: patternText(`${START}npm_[A-Za-z0-9]{36}${END}`),
    validate: (t) => hasBase62Crc32(t),
    anchored: true,
    rotateUrl: 'https://www.npmjs.com/settings/~/tokens',
    examples: () => {
      const f = fake(351);
      const good = githubBody(f);
      return {
        match: ['np' + 'm_' + good],
        noMatch: [
          { text: 'np' + 'm_' + good.slice(0, -6) + 'AAAAAA', why: 'CRC32 does not match' },
        ],
      };
    },
  }),
  defineRule({
    id: 'npm-legacy-auth-token',
    provider: 'npm',
    title: 'npm legacy auth token (.npmrc)',
    keywords: ['_authtoken'],
    // .npmrc "//registry.npmjs.org/:_authToken=<uuid>" from before the npm_ format.
    // https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration
    pattern: keyed('_authToken', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    anchored: true,
    rotateUrl: 'https://www.npmjs.com/settings/~/tokens',
    examples: () => {
      const f = fake(352);
      const h = (n: number) => f.chars(n, 'hexLower');
      const k = `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;
      return {
        match: [{ text: `//registry.npmjs.org/:_authToken=${k}`, secret: k }],
        noMatch: [
          { text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', why: 'template variable' },
        ],
      };
    },
  }),
];
