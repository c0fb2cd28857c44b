import { fake } from '../fake';
import { defineRule } from '../rule';
import { keyed, prefixed } from './rule-parts';

const ROTATE = 'https://app.netlify.com/user/applications#personal-access-tokens';

export const netlifyRules = [
  defineRule({
    id: 'netlify-access-token',
    provider: 'netlify',
    title: 'Netlify access token (legacy)',
    keywords: ['netlify'],
    // 40-46 base64url characters, named NETLIFY_AUTH_TOKEN. https://docs.netlify.com/api/get-started/#authentication
    pattern: keyed('netlify', '[A-Za-z0-9_-]{40,46}'),
    minEntropy: 3.5,
    anchored: true,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(231);
      const k = f.chars(43);
      return {
        match: [{ text: `NETLIFY_AUTH_TOKEN=${k}`, secret: k }],
        noMatch: [{ text: 'NETLIFY_SITE_NAME=my-site', why: 'an ordinary setting' }],
      };
    },
  }),
  // "nfp_" + 36 alphanumerics (personal access tokens). https://docs.netlify.com/api/get-started/#authentication
  prefixed({
    id: 'netlify-personal-access-token',
    provider: 'netlify',
    title: 'Netlify personal access token',
    prefix: 'nfp_',
    body: '[A-Za-z0-9]{36}',
    sample: (f) => f.chars(36),
    seed: 232,
    rotateUrl: ROTATE,
  }),
];
