import { fake } from '../fake';
import { defineRule } from '../rule';
import { GAP, nearKeyword } from './rule-parts';

/** Auth0 application client secrets; client ids and domains are public. */
export const auth0Rules = [
  defineRule({
    id: 'auth0-client-secret',
    provider: 'auth0',
    title: 'Auth0 client secret',
    keywords: ['auth0'],
    // 64 base64url named AUTH0_CLIENT_SECRET. https://auth0.com/docs/get-started/applications/rotate-client-secret
    pattern: nearKeyword(`auth0${GAP}secret`, '[A-Za-z0-9_-]{64}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://auth0.com/docs/get-started/applications/rotate-client-secret',
    examples: () => {
      const f = fake(661);
      const a = f.chars(64, 'base64url');
      const b = f.chars(64);
      return {
        match: [
          { text: `AUTH0_CLIENT_SECRET=${a}`, secret: a },
          { text: `auth0:\n  client_secret: '${b}'`, secret: b },
        ],
        noMatch: [
          { text: `AUTH0_CLIENT_ID=${f.chars(32)}`, why: 'client id, public' },
          {
            text: `AUTH0_SECRET=${f.chars(32, 'hexLower')}`,
            why: 'wrong length (a session cookie secret)',
          },
        ],
      };
    },
  }),
];
