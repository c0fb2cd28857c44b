import { fake } from '../fake';
import { defineRule } from '../rule';

/** Shipping and travel commerce APIs: Shippo, EasyPost, Duffel. */
export const shippingRules = [
  defineRule({
    id: 'shippo-api-token',
    provider: 'shippo',
    title: 'Shippo API token',
    keywords: ['shippo_live_', 'shippo_test_'],
    // shippo_(live|test)_ + 40 hex. https://docs.goshippo.com/docs/guides_general/authentication/
    pattern: /\bshippo_(?:live|test)_[a-f0-9]{40}\b/,
    minEntropy: 3,
    rotateUrl: 'https://apps.goshippo.com/settings/api',
    examples: () => {
      const f = fake(1010);
      return {
        match: [
          'shippo' + '_live_' + f.chars(40, 'hexLower'),
          'shippo' + '_test_' + f.chars(40, 'hexLower'),
        ],
        noMatch: [
          { text: 'shippo' + '_live_' + f.chars(20, 'hexLower'), why: 'too short' },
          { text: 'shippo' + '_prod_' + f.chars(40, 'hexLower'), why: 'unknown mode' },
        ],
      };
    },
  }),
  defineRule({
    id: 'easypost-api-key',
    provider: 'easypost',
    title: 'EasyPost API key (production or test)',
    keywords: ['ezak', 'eztk'],
    // EZAK (production) / EZTK (test) + 54 base62. https://docs.easypost.com/docs/authentication
    pattern: /\bEZ[AT]K[A-Za-z0-9]{54}\b/,
    minEntropy: 3.5,
    rotateUrl: 'https://www.easypost.com/account/api-keys',
    examples: () => {
      const f = fake(1011);
      return {
        match: ['EZ' + 'AK' + f.chars(54), 'EZ' + 'TK' + f.chars(54)],
        noMatch: [
          { text: 'EZ' + 'AK' + f.chars(30), why: 'too short' },
          { text: 'EZ' + 'XK' + f.chars(54), why: 'unknown kind' },
        ],
      };
    },
  }),
  defineRule({
    id: 'duffel-api-token',
    provider: 'duffel',
    title: 'Duffel API access token',
    keywords: ['duffel_live_', 'duffel_test_'],
    // duffel_(live|test)_ + 43 base64url. https://duffel.com/docs/api/overview/authentication
    pattern: /\bduffel_(?:live|test)_[A-Za-z0-9_=-]{43}(?![\w=-])/,
    minEntropy: 3.5,
    rotateUrl: 'https://app.duffel.com/',
    examples: () => {
      const f = fake(1012);
      return {
        match: ['duffel' + '_live_' + f.chars(43, 'base64url'), 'duffel' + '_test_' + f.chars(43)],
        noMatch: [
          { text: 'duffel' + '_live_' + f.chars(20), why: 'too short' },
          { text: 'duffel' + '_demo_' + f.chars(43), why: 'unknown mode' },
        ],
      };
    },
  }),
];
