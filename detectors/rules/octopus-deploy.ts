import { prefixed } from './rule-parts';

// "API-" + 26 upper-case alphanumerics. Octopus publishes the prefix (its samples read
// "API-YOURAPIKEY") but no length; 26 is what other scanners use, not checked against a real key.
// https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key
export const octopusDeployRules = [
  prefixed({
    id: 'octopus-deploy-api-key',
    provider: 'octopus-deploy',
    title: 'Octopus Deploy API key',
    prefix: 'API-',
    body: '[A-Z0-9]{26}',
    sample: (f) => f.chars(26, 'alnumUpper'),
    seed: 2031,
    // Letters and digits both: upper-case words and constants (`API-GATEWAY…`) have no digits.
    validate: (t) => /[0-9]/.test(t.slice(4)) && /[A-Z]/.test(t.slice(4)),
    minEntropy: 3.5,
    rotateUrl: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
    noMatch: () => [
      { text: 'API-YOURAPIKEY', why: 'documented placeholder' },
      { text: 'API-' + 'DOCUMENTATIONREFERENCEINDEX'.slice(0, 26), why: 'an upper-case word' },
    ],
  }),
];
