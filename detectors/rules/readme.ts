import { prefixed } from './rule-parts';

// "rdme_" + 70 lower-case alphanumerics. https://docs.readme.com/main/reference/authentication
export const readmeRules = [
  prefixed({
    id: 'readme-api-key',
    provider: 'readme',
    title: 'ReadMe API key',
    prefix: 'rdme_',
    body: '[a-z0-9]{70}',
    sample: (f) => f.chars(70, 'alnumLower'),
    seed: 2141,
    minEntropy: 4,
    rotateUrl: 'https://dash.readme.com/',
    noMatch: (f) => [
      { text: 'rdme_' + f.chars(70, 'alnumUpper'), why: 'upper-case, not the issued alphabet' },
    ],
  }),
];
