import { prefixed } from './rule-parts';

export const circleciRules = [
  // "CCIPAT_" + 22 base62 + "_" + 40 hex. https://circleci.com/docs/managing-api-tokens/
  prefixed({
    id: 'circleci-personal-token',
    provider: 'circleci',
    title: 'CircleCI personal API token',
    prefix: 'CCIPAT_',
    body: '[A-Za-z0-9]{22}_[a-f0-9]{40}',
    sample: (f) => f.chars(22) + '_' + f.chars(40, 'hexLower'),
    seed: 411,
    rotateUrl: 'https://app.circleci.com/settings/user/tokens',
  }),
  // "CCIPRJ_" + 22 base62 + "_" + 40 hex. https://circleci.com/docs/managing-api-tokens/#creating-a-project-api-token
  prefixed({
    id: 'circleci-project-token',
    provider: 'circleci',
    title: 'CircleCI project API token',
    prefix: 'CCIPRJ_',
    body: '[A-Za-z0-9]{22}_[a-f0-9]{40}',
    sample: (f) => f.chars(22) + '_' + f.chars(40, 'hexLower'),
    seed: 412,
    rotateUrl: 'https://circleci.com/docs/managing-api-tokens/',
  }),
];
