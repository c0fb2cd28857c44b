import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { GAP, nearKeyword } from './rule-parts';

/** Looker API3 client secrets (24 alphanumerics); the 20-character client id is an identifier. */
export const lookerRules = [
  defineRule({
    id: 'looker-client-secret',
    provider: 'looker',
    title: 'Looker API client secret',
    keywords: ['looker'],
    // 24 alphanumerics. https://cloud.google.com/looker/docs/api-auth
    pattern: nearKeyword(`looker${GAP}secret`, '[A-Za-z0-9]{24}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://cloud.google.com/looker/docs/api-auth',
    examples: () => {
      const f = fake(2511);
      const a = f.chars(24);
      return {
        match: [
          { text: `LOOKERSDK_CLIENT_SECRET=${a}`, secret: a },
          { text: `looker:\n  client_secret: "${a}"`, secret: a },
        ],
        noMatch: [
          { text: `LOOKERSDK_CLIENT_ID=${f.chars(20)}`, why: 'client id, an identifier' },
          genericSecret(`client_secret=${f.chars(24)}`, 'no Looker name'),
        ],
      };
    },
  }),
];
