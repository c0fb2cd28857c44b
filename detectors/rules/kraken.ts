import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Kraken API private keys (base64 of 64 bytes); the 56-character API key is its public half. */
export const krakenRules = [
  defineRule({
    id: 'kraken-private-key',
    provider: 'kraken',
    title: 'Kraken API private key',
    keywords: ['kraken'],
    // 88 base64 characters ending in "==". https://docs.kraken.com/api/docs/guides/spot-rest-auth
    pattern: nearKeyword('kraken', '[A-Za-z0-9+/]{86}==', String.raw`[\w+/=-]`),
    minEntropy: 4.5,
    confidence: 'medium',
    rotateUrl: 'https://www.kraken.com/u/security/api',
    examples: () => {
      const f = fake(2361);
      const a = f.chars(86, 'base64') + '==';
      return {
        match: [
          { text: `KRAKEN_PRIVATE_KEY=${a}`, secret: a },
          { text: `kraken:\n  api_secret: "${a}"`, secret: a },
        ],
        noMatch: [
          { text: `KRAKEN_API_KEY=${f.chars(56, 'base64')}`, why: 'API key, the public half' },
          { text: `signature=${f.chars(86, 'base64')}==`, why: 'no Kraken name' },
        ],
      };
    },
  }),
];
