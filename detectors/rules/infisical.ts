import { fake } from '../fake';
import { defineRule } from '../rule';
import { GAP, nearKeyword } from './rule-parts';

/** Infisical service tokens and machine-identity client secrets. */
export const infisicalRules = [
  defineRule({
    id: 'infisical-service-token',
    provider: 'infisical',
    title: 'Infisical service token',
    keywords: ['st.'],
    // st.<token id>.<32 hex>.<32 hex>. https://infisical.com/docs/documentation/platform/token
    pattern: /\bst\.[a-f0-9-]{24,36}\.[a-f0-9]{32}\.[a-f0-9]{32}\b/,
    minEntropy: 3,
    rotateUrl: 'https://infisical.com/docs/documentation/platform/token',
    examples: () => {
      const f = fake(921);
      const tok = () =>
        'st' +
        '.' +
        f.chars(24, 'hexLower') +
        '.' +
        f.chars(32, 'hexLower') +
        '.' +
        f.chars(32, 'hexLower');
      return {
        match: [tok(), tok()],
        noMatch: [
          {
            text: 'st' + '.' + f.chars(24, 'hexLower') + '.' + f.chars(32, 'hexLower'),
            why: 'missing the key part',
          },
          {
            text:
              'first.' +
              f.chars(24, 'hexLower') +
              '.' +
              f.chars(32, 'hexLower') +
              '.' +
              f.chars(32, 'hexLower'),
            why: 'part of another word',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'infisical-client-secret',
    provider: 'infisical',
    title: 'Infisical universal-auth client secret',
    keywords: ['infisical'],
    // 64 hex named INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET. https://infisical.com/docs/documentation/platform/identities/universal-auth
    pattern: nearKeyword(`infisical${GAP}secret`, '[a-f0-9]{64}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://infisical.com/docs/documentation/platform/identities/universal-auth',
    examples: () => {
      const f = fake(922);
      const a = f.chars(64, 'hexLower');
      const b = f.chars(64, 'hexLower');
      return {
        match: [
          { text: `INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET=${a}`, secret: a },
          { text: `infisical:\n  client_secret: ${b}`, secret: b },
        ],
        noMatch: [
          {
            text: `INFISICAL_CLIENT_ID=${[8, 4, 4, 4, 12].map((n) => f.chars(n, 'hexLower')).join('-')}`,
            why: 'client id',
          },
          { text: `sha256 ${f.chars(64, 'hexLower')}`, why: 'hash with no Infisical name' },
        ],
      };
    },
  }),
];
