import { fake } from '../fake';
import { defineRule } from '../rule';
import { keyed } from './rule-parts';

export const travisRules = [
  defineRule({
    id: 'travis-ci-token',
    provider: 'travis',
    title: 'Travis CI API token',
    keywords: ['travis'],
    // 22 base64url characters, named TRAVIS_TOKEN / travis_api_token. https://docs.travis-ci.com/user/triggering-builds/
    pattern: keyed(String.raw`travis[\w.-]{0,20}token`, '[A-Za-z0-9_-]{22}'),
    minEntropy: 3.5,
    anchored: true,
    rotateUrl: 'https://app.travis-ci.com/account/preferences',
    examples: () => {
      const f = fake(414);
      const k = f.chars(22);
      return {
        match: [{ text: `TRAVIS_TOKEN=${k}`, secret: k }],
        noMatch: [{ text: 'TRAVIS_TOKEN=short', why: 'too short' }],
      };
    },
  }),
];
