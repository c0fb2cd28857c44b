import { fake } from '../fake';
import { defineRule } from '../rule';

const KEYS_URL = 'https://dashboard.stripe.com/apikeys';

/** Stripe secret, restricted and webhook-signing keys; publishable `pk_` keys are public. */
export const stripeRules = [
  defineRule({
    id: 'stripe-live-secret-key',
    provider: 'stripe',
    title: 'Stripe live secret key',
    keywords: ['sk_live_'],
    // sk_live_ + 24…247 base62 (older keys 24, newer 99+). https://docs.stripe.com/keys
    pattern: /\bsk_live_[A-Za-z0-9]{24,247}\b/,
    minEntropy: 3,
    rotateUrl: KEYS_URL,
    examples: () => {
      const f = fake(101);
      return {
        match: ['sk' + '_live_' + f.chars(24), 'sk' + '_live_' + f.chars(99)],
        noMatch: [
          { text: 'pk' + '_live_' + f.chars(24), why: 'publishable key, public by design' },
          { text: 'sk' + '_live_' + f.chars(12), why: 'too short' },
          { text: 'sk' + '_live_' + 'x'.repeat(24), why: 'placeholder' },
          { text: 'sk' + '_lives_' + f.chars(24), why: 'wrong prefix' },
        ],
      };
    },
  }),
  defineRule({
    id: 'stripe-test-secret-key',
    provider: 'stripe',
    title: 'Stripe test-mode secret key',
    keywords: ['sk_test_'],
    // sk_test_ + 24…247 base62; test keys still read and write the test account. https://docs.stripe.com/keys
    pattern: /\bsk_test_[A-Za-z0-9]{24,247}\b/,
    minEntropy: 3,
    rotateUrl: 'https://dashboard.stripe.com/test/apikeys',
    examples: () => {
      const f = fake(102);
      return {
        match: ['sk' + '_test_' + f.chars(24), 'sk' + '_test_' + f.chars(107)],
        noMatch: [
          { text: 'pk' + '_test_' + f.chars(24), why: 'publishable key, public by design' },
          { text: 'sk' + '_test_' + '1234567890'.repeat(3), why: 'sequential placeholder' },
          { text: 'sk' + '_test_' + f.chars(20), why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'stripe-restricted-key',
    provider: 'stripe',
    title: 'Stripe restricted API key',
    keywords: ['rk_live_', 'rk_test_'],
    // rk_live_ / rk_test_ + 24…247 base62. https://docs.stripe.com/keys#create-restricted-api-secret-key
    pattern: /\brk_(?:live|test)_[A-Za-z0-9]{24,247}\b/,
    minEntropy: 3,
    rotateUrl: KEYS_URL,
    examples: () => {
      const f = fake(103);
      return {
        match: ['rk' + '_live_' + f.chars(99), 'rk' + '_test_' + f.chars(24)],
        noMatch: [
          { text: 'rk' + '_prod_' + f.chars(30), why: 'wrong mode segment' },
          { text: 'rk' + '_live_' + 'a'.repeat(30), why: 'repeated-character placeholder' },
          { text: 'rk' + '_live_' + f.chars(10), why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'stripe-webhook-secret',
    provider: 'stripe',
    title: 'Stripe webhook signing secret',
    keywords: ['whsec_'],
    // whsec_ + 32 base62 (Dashboard) or 64 hex (Stripe CLI). https://docs.stripe.com/webhooks#verify-events
    pattern: /\bwhsec_[A-Za-z0-9]{32,64}\b/,
    minEntropy: 3,
    rotateUrl: 'https://dashboard.stripe.com/webhooks',
    examples: () => {
      const f = fake(104);
      return {
        match: ['wh' + 'sec_' + f.chars(32), 'wh' + 'sec_' + f.chars(64, 'hexLower')],
        noMatch: [
          { text: 'wh' + 'sec_' + f.chars(20), why: 'too short' },
          { text: 'wh' + 'sec_' + f.chars(70), why: 'too long' },
          { text: 'wh' + 'sec_' + 'X'.repeat(32), why: 'placeholder' },
        ],
      };
    },
  }),
];
