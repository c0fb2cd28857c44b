import { fake } from '../fake';
import { defineRule } from '../rule';

/** Square access tokens and OAuth application secrets. */
export const squareRules = [
  defineRule({
    id: 'square-access-token',
    provider: 'square',
    title: 'Square access token',
    keywords: ['eaaa', 'sq0atp-'],
    // EAAA + 60 base64url (current) or legacy sq0atp- + 22. https://developer.squareup.com/docs/build-basics/access-tokens
    pattern: /\b(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![\w-])/,
    minEntropy: 3.5,
    rotateUrl: 'https://developer.squareup.com/apps',
    examples: () => {
      const f = fake(111);
      return {
        match: ['EA' + 'AA' + f.chars(60, 'base64url'), 'sq0' + 'atp-' + f.chars(22, 'base64url')],
        noMatch: [
          { text: 'EA' + 'AA' + f.chars(40), why: 'too short' },
          { text: 'EA' + 'AB' + f.chars(60), why: 'wrong prefix (another provider)' },
          { text: 'sq0' + 'idp-' + f.chars(22), why: 'application id, public' },
        ],
      };
    },
  }),
  defineRule({
    id: 'square-oauth-secret',
    provider: 'square',
    title: 'Square OAuth application secret',
    keywords: ['sq0csp-'],
    // sq0csp- + 43 base64url. https://developer.squareup.com/docs/oauth-api/overview
    pattern: /\bsq0csp-[A-Za-z0-9_-]{43}(?![\w-])/,
    minEntropy: 3.5,
    rotateUrl: 'https://developer.squareup.com/apps',
    examples: () => {
      const f = fake(112);
      return {
        match: ['sq0' + 'csp-' + f.chars(43, 'base64url'), 'sq0' + 'csp-' + f.chars(43)],
        noMatch: [
          { text: 'sq0' + 'csp-' + f.chars(30), why: 'too short' },
          { text: 'sq0' + 'csp-' + '0'.repeat(43), why: 'placeholder' },
        ],
      };
    },
  }),
];
