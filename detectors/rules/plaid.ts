import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { GAP, UUID, nearKeyword } from './rule-parts';

/** Plaid item access tokens and API secrets; client ids are not secret. */
export const plaidRules = [
  defineRule({
    id: 'plaid-access-token',
    provider: 'plaid',
    title: 'Plaid access token',
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
    // access-<environment>-<uuid>. https://plaid.com/docs/api/tokens/#token-exchange-flow
    pattern: patternText(String.raw`\baccess-(?:sandbox|development|production)-${UUID}\b`),
    rotateUrl: 'https://plaid.com/docs/api/items/#itemremove',
    examples: () => {
      const f = fake(161);
      const uuid = () => [8, 4, 4, 4, 12].map((n) => f.chars(n, 'hexLower')).join('-');
      return {
        match: ['access-' + 'production-' + uuid(), 'access-' + 'sandbox-' + uuid()],
        noMatch: [
          { text: 'public-' + 'sandbox-' + uuid(), why: 'public token, short-lived and exchanged' },
          { text: 'access-' + 'staging-' + uuid(), why: 'unknown environment' },
        ],
      };
    },
  }),
  defineRule({
    id: 'plaid-secret',
    provider: 'plaid',
    title: 'Plaid API secret',
    keywords: ['plaid'],
    // 30 hex with no prefix, so only beside a Plaid secret name. https://plaid.com/docs/quickstart/glossary/#secret
    pattern: nearKeyword(`plaid${GAP}secret`, '[0-9a-f]{30}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://dashboard.plaid.com/developers/keys',
    examples: () => {
      const f = fake(162);
      const a = f.chars(30, 'hexLower');
      const b = f.chars(30, 'hexLower');
      return {
        match: [
          { text: `PLAID_SECRET=${a}`, secret: a },
          { text: `plaid_sandbox_secret: '${b}'`, secret: b },
        ],
        noMatch: [
          { text: `PLAID_CLIENT_ID=${f.chars(24, 'hexLower')}`, why: 'client id, not secret' },
          { text: `PLAID_SECRET=${f.chars(32, 'hexLower')}`, why: 'wrong length' },
        ],
      };
    },
  }),
];
