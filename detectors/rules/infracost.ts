import { prefixed } from './rule-parts';

// "ico-" + 32 alphanumerics. https://www.infracost.io/docs/features/environment_variables/
export const infracostRules = [
  prefixed({
    id: 'infracost-api-key',
    provider: 'infracost',
    title: 'Infracost API key',
    prefix: 'ico-',
    body: '[A-Za-z0-9]{32}',
    sample: (f) => f.chars(32),
    seed: 2051,
    minEntropy: 3.5,
    rotateUrl: 'https://dashboard.infracost.io/',
    noMatch: (f) => [
      { text: 'ico-' + f.chars(32, 'lower').slice(0, 12) + '-small', why: 'an icon name' },
    ],
  }),
];
