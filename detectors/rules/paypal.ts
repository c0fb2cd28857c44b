import { fake } from '../fake';
import { defineRule } from '../rule';
import { GAP, nearKeyword } from './rule-parts';

/** PayPal REST credentials and Braintree gateway keys (Braintree is PayPal's gateway). */
export const paypalRules = [
  defineRule({
    id: 'braintree-access-token',
    provider: 'paypal-braintree',
    title: 'Braintree / PayPal access token',
    keywords: ['access_token$'],
    // access_token$<env>$<16 merchant chars>$<32 hex>. https://developer.paypal.com/braintree/docs/guides/authorization/access-token
    pattern: /\baccess_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}\b/,
    rotateUrl: 'https://www.braintreegateway.com/login',
    examples: () => {
      const f = fake(121);
      const tail = () => f.chars(16, 'alnumLower') + '$' + f.chars(32, 'hexLower');
      return {
        match: ['access_token$' + 'production$' + tail(), 'access_token$' + 'sandbox$' + tail()],
        noMatch: [
          { text: 'access_token$' + 'staging$' + tail(), why: 'unknown environment' },
          { text: 'access_token$' + 'production$' + f.chars(16, 'alnumLower'), why: 'truncated' },
        ],
      };
    },
  }),
  defineRule({
    id: 'braintree-private-key',
    provider: 'paypal-braintree',
    title: 'Braintree private key',
    keywords: ['braintree'],
    // 32 hex with no prefix, so only beside a Braintree private-key name. https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials
    pattern: nearKeyword(`braintree${GAP}private[_.-]?key`, '[0-9a-f]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://www.braintreegateway.com/login',
    examples: () => {
      const f = fake(122);
      const a = f.chars(32, 'hexLower');
      const b = f.chars(32, 'hexLower');
      return {
        match: [
          { text: `BRAINTREE_PRIVATE_KEY=${a}`, secret: a },
          { text: `braintree:\n  private_key: "${b}"`, secret: b },
        ],
        noMatch: [
          {
            text: `BRAINTREE_PUBLIC_KEY=${f.chars(32, 'hexLower')}`,
            why: 'public key, not secret',
          },
          { text: `BRAINTREE_PRIVATE_KEY=${f.chars(20, 'hexLower')}`, why: 'wrong length' },
        ],
      };
    },
  }),
  defineRule({
    id: 'paypal-client-secret',
    provider: 'paypal-braintree',
    title: 'PayPal REST client secret',
    keywords: ['paypal'],
    // 80 base64url starting with E; the client id (starting with A) is not secret. https://developer.paypal.com/api/rest/
    pattern: nearKeyword(`paypal${GAP}secret`, 'E[A-Za-z0-9_-]{79}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://developer.paypal.com/dashboard/applications',
    examples: () => {
      const f = fake(123);
      const a = 'E' + f.chars(79, 'base64url');
      const b = 'E' + f.chars(79);
      return {
        match: [
          { text: `PAYPAL_CLIENT_SECRET=${a}`, secret: a },
          { text: `{"paypal_secret": "${b}"}`, secret: b },
        ],
        noMatch: [
          { text: `PAYPAL_CLIENT_ID=A${f.chars(79)}`, why: 'client id, not secret' },
          { text: `PAYPAL_CLIENT_SECRET=E${f.chars(40)}`, why: 'wrong length' },
        ],
      };
    },
  }),
];
