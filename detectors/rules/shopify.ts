import { fake } from '../fake';
import { defineRule, patternText, type RuleSpec } from '../rule';

const ROTATE = 'https://admin.shopify.com/settings/apps/development';

// Every Shopify app credential is a 4-letter shp prefix + "_" + 32 hex.
// https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens
function shopify(id: string, prefix: string, title: string, seed: number): RuleSpec {
  return defineRule({
    id,
    provider: 'shopify',
    title,
    keywords: [prefix + '_'],
    pattern: patternText(String.raw`\b${prefix}_[a-fA-F0-9]{32}\b`),
    minEntropy: 3,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(seed);
      return {
        match: [prefix + '_' + f.chars(32, 'hexLower'), prefix + '_' + f.chars(32, 'hexUpper')],
        noMatch: [
          { text: prefix + '_' + f.chars(31, 'hexLower'), why: 'one character short' },
          { text: prefix + '_' + f.chars(32, 'lower'), why: 'not hex' },
          { text: prefix + '_' + '0'.repeat(32), why: 'placeholder' },
        ],
      };
    },
  });
}

/** Admin API, custom app, legacy private app and app shared secrets. */
export const shopifyRules = [
  shopify('shopify-access-token', 'shp' + 'at', 'Shopify Admin API access token', 141),
  shopify('shopify-custom-app-token', 'shp' + 'ca', 'Shopify custom app access token', 142),
  shopify('shopify-private-app-token', 'shp' + 'pa', 'Shopify private app password', 143),
  shopify('shopify-shared-secret', 'shp' + 'ss', 'Shopify app shared secret', 144),
];
