import { prefixed } from './rule-parts';

export const buildkiteRules = [
  // "bkua_" + 40 hex. https://buildkite.com/docs/apis/managing-api-tokens
  prefixed({
    id: 'buildkite-api-token',
    provider: 'buildkite',
    title: 'Buildkite API access token',
    prefix: 'bkua_',
    body: '[a-f0-9]{40}',
    sample: (f) => f.chars(40, 'hexLower'),
    seed: 413,
    rotateUrl: 'https://buildkite.com/user/api-access-tokens',
  }),
];
