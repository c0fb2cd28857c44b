import { prefixed } from './shared';

// "pnu_" + 36 base62: Prefect Cloud user API keys, set as PREFECT_API_KEY. Prefect prints the
// prefix in its CLI and UI but documents no length; 36 is that of every issued key.
// https://docs.prefect.io/v3/how-to-guides/cloud/manage-users/api-keys
export const prefectRules = [
  prefixed({
    id: 'prefect-api-key',
    provider: 'Prefect',
    title: 'Prefect Cloud API key',
    group: 'code',
    prefix: 'pnu_',
    body: '[A-Za-z0-9]{36}',
    sample: (f) => f.chars(36),
    seed: 2611,
    minEntropy: 3.5,
    rotateUrl: 'https://app.prefect.cloud/my/api-keys',
  }),
];
