import { prefixed } from './rule-parts';

// "pnu_" + 36 base62: Prefect Cloud user API keys, set as PREFECT_API_KEY. Prefect documents
// no format; prefix and length are those other scanners use, not checked against a real key.
// https://docs.prefect.io/v3/how-to-guides/cloud/manage-users/api-keys
export const prefectRules = [
  prefixed({
    id: 'prefect-api-key',
    provider: 'prefect',
    title: 'Prefect Cloud API key',
    prefix: 'pnu_',
    body: '[A-Za-z0-9]{36}',
    sample: (f) => f.chars(36),
    seed: 2611,
    minEntropy: 3.5,
    rotateUrl: 'https://app.prefect.cloud/my/api-keys',
  }),
];
