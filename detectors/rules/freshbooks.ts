import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** FreshBooks OAuth tokens and client secrets (64 hex): context only. */
export const freshbooksRules = [
  defineRule({
    id: 'freshbooks-access-token',
    provider: 'freshbooks',
    title: 'FreshBooks access token or client secret',
    keywords: ['freshbooks'],
    // 64 hex. https://www.freshbooks.com/api/authentication
    pattern: nearKeyword('freshbooks', '[a-f0-9]{64}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://my.freshbooks.com/#/developer',
    examples: () => {
      const f = fake(2471);
      const a = f.chars(64, 'hexLower');
      return {
        match: [
          { text: `FRESHBOOKS_CLIENT_SECRET=${a}`, secret: a },
          { text: `freshbooks:\n  access_token: "${a}"`, secret: a },
        ],
        noMatch: [
          { text: `FRESHBOOKS_ACCOUNT_ID=${f.chars(6, 'alnumUpper')}`, why: 'account id' },
          { text: `sha256=${f.chars(64, 'hexLower')}`, why: 'a hash with no FreshBooks name' },
        ],
      };
    },
  }),
];
