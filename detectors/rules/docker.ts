import { prefixed } from './rule-parts';

const ROTATE = 'https://app.docker.com/settings/personal-access-tokens';

export const dockerRules = [
  // "dckr_pat_" + 27 base64url. https://docs.docker.com/security/for-developers/access-tokens/
  prefixed({
    id: 'docker-hub-personal-access-token',
    provider: 'docker',
    title: 'Docker Hub personal access token',
    prefix: 'dckr_pat_',
    body: '[A-Za-z0-9_-]{27}',
    sample: (f) => f.chars(27),
    seed: 381,
    rotateUrl: ROTATE,
  }),
  // "dckr_oat_" + 32 base64url. https://docs.docker.com/security/for-admins/access-tokens/
  prefixed({
    id: 'docker-hub-organization-token',
    provider: 'docker',
    title: 'Docker Hub organization access token',
    prefix: 'dckr_oat_',
    body: '[A-Za-z0-9_-]{32}',
    sample: (f) => f.chars(32),
    seed: 382,
    rotateUrl: ROTATE,
  }),
];
