import { fake } from '../fake';
import { defineRule } from '../rule';
import { GAP, nearKeyword } from './rule-parts';

/** Algolia admin API keys; search-only keys ship to browsers and are not flagged. */
export const algoliaRules = [
  defineRule({
    id: 'algolia-admin-key',
    provider: 'algolia',
    title: 'Algolia admin API key',
    keywords: ['algolia'],
    // 32 hex named ALGOLIA_ADMIN_(API_)KEY. https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key
    pattern: nearKeyword(`algolia${GAP}admin|admin${GAP}algolia`, '[a-f0-9]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://dashboard.algolia.com/account/api-keys',
    examples: () => {
      const f = fake(801);
      const a = f.chars(32, 'hexLower');
      const b = f.chars(32, 'hexLower');
      return {
        match: [
          { text: `ALGOLIA_ADMIN_API_KEY=${a}`, secret: a },
          { text: `algolia:\n  app_id: ABC\n  admin_key: '${b}'`, secret: b },
        ],
        noMatch: [
          {
            text: `ALGOLIA_SEARCH_KEY=${f.chars(32, 'hexLower')}`,
            why: 'search-only key, public by design',
          },
          { text: `ALGOLIA_ADMIN_KEY=${f.chars(24, 'hexLower')}`, why: 'wrong length' },
        ],
      };
    },
  }),
];
