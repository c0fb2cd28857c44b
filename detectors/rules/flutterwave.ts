import { fake } from '../fake';
import { defineRule } from '../rule';

/** Flutterwave secret keys (live and test); public keys (FLWPUBK) are not secret. */
export const flutterwaveRules = [
  defineRule({
    id: 'flutterwave-secret-key',
    provider: 'flutterwave',
    title: 'Flutterwave secret key',
    keywords: ['flwseck'],
    // FLWSECK[_TEST]-<32 hex>-X. https://developer.flutterwave.com/docs/integration-guides/authentication
    pattern: /\bFLWSECK(?:_TEST)?-[a-h0-9]{32}-X\b/,
    minEntropy: 3,
    rotateUrl: 'https://app.flutterwave.com/dashboard/settings/apis',
    examples: () => {
      const f = fake(171);
      return {
        match: [
          'FLW' + 'SECK-' + f.chars(32, 'hexLower') + '-X',
          'FLW' + 'SECK_TEST-' + f.chars(32, 'hexLower') + '-X',
        ],
        noMatch: [
          { text: 'FLW' + 'PUBK-' + f.chars(32, 'hexLower') + '-X', why: 'public key' },
          { text: 'FLW' + 'SECK-' + f.chars(20, 'hexLower') + '-X', why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'flutterwave-encryption-key',
    provider: 'flutterwave',
    title: 'Flutterwave test encryption key',
    keywords: ['flwseck_test'],
    // FLWSECK_TEST + 12 hex, with no dash (the secret key has one): encrypts card payloads for
    // the v3 charge API. https://developer.flutterwave.com/v3.0.0/docs/encryption
    pattern: /\bFLWSECK_TEST[a-f0-9]{12}\b/,
    minEntropy: 2.5,
    rotateUrl: 'https://app.flutterwave.com/dashboard/settings/apis',
    examples: () => {
      const f = fake(172);
      return {
        match: [
          'FLW' + 'SECK_TEST' + f.chars(12, 'hexLower'),
          'FLW' + 'SECK_TEST' + f.chars(12, 'hexLower'),
        ],
        noMatch: [
          { text: 'FLW' + 'SECK_TEST' + f.chars(8, 'hexLower'), why: 'too short' },
          { text: 'FLW' + 'SECK_TEST-' + f.chars(12, 'hexLower'), why: 'truncated secret key' },
        ],
      };
    },
  }),
];
