import { prefixed } from './rule-parts';

// "CLOJARS_" + 60 lower-case hex (deploy tokens, which replaced passwords for deploys in 2020).
// https://github.com/clojars/clojars-web/wiki/Deploy-Tokens
export const clojarsRules = [
  prefixed({
    id: 'clojars-deploy-token',
    provider: 'clojars',
    title: 'Clojars deploy token',
    prefix: 'CLOJARS_',
    body: '[a-f0-9]{60}',
    sample: (f) => f.chars(60, 'hexLower'),
    seed: 2011,
    minEntropy: 3,
    rotateUrl: 'https://clojars.org/tokens',
    noMatch: (f) => [
      { text: 'CLOJARS_' + f.chars(60, 'upper'), why: 'not hex' },
      { text: 'CLOJARS_USERNAME', why: 'a variable name' },
    ],
  }),
];
