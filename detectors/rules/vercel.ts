import { fake } from '../fake';
import { defineRule } from '../rule';
import { keyed } from './rule-parts';

export const vercelRules = [
  defineRule({
    id: 'vercel-token',
    provider: 'vercel',
    title: 'Vercel access token',
    keywords: ['vercel'],
    // 24 alphanumerics, named VERCEL_TOKEN. https://vercel.com/docs/rest-api#creating-an-access-token
    pattern: keyed('vercel', '[A-Za-z0-9]{24}'),
    minEntropy: 3.5,
    anchored: true,
    rotateUrl: 'https://vercel.com/account/tokens',
    examples: () => {
      const f = fake(221);
      const k = f.chars(24);
      return {
        match: [{ text: `VERCEL_TOKEN=${k}`, secret: k }],
        noMatch: [{ text: 'VERCEL_ENV=production', why: 'an ordinary setting' }],
      };
    },
  }),
];
