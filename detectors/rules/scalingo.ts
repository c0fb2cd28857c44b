import { prefixed } from './rule-parts';

// "tk-us-" + 48 base64url (API tokens; the exchange for a short-lived bearer needs only this).
// https://developers.scalingo.com/index#authentication
export const scalingoRules = [
  prefixed({
    id: 'scalingo-api-token',
    provider: 'scalingo',
    title: 'Scalingo API token',
    prefix: 'tk-us-',
    body: '[A-Za-z0-9_-]{48}',
    sample: (f) => f.chars(48, 'base64url'),
    seed: 2081,
    minEntropy: 3.5,
    rotateUrl: 'https://dashboard.scalingo.com/account/tokens',
  }),
];
