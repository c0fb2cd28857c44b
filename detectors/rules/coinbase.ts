import { fake } from '../fake';
import { defineRule } from '../rule';
import { GAP, nearKeyword } from './rule-parts';

const ROTATE = 'https://portal.cdp.coinbase.com/access/api';

/** Coinbase API secrets carry no prefix, so both kinds need a Coinbase name beside them. */
export const coinbaseRules = [
  defineRule({
    id: 'coinbase-cdp-api-secret',
    provider: 'coinbase',
    title: 'Coinbase Developer Platform API secret (Ed25519)',
    keywords: ['coinbase', 'cdp_api', 'cdp-api'],
    // 64-byte Ed25519 key as 88-char base64. https://docs.cdp.coinbase.com/get-started/docs/cdp-api-keys
    pattern: nearKeyword(
      String.raw`coinbase|cdp[_-]api`,
      '[A-Za-z0-9+/]{86}==',
      String.raw`[\w+/=-]`,
    ),
    minEntropy: 4.5,
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(151);
      const a = f.chars(86, 'base64') + '==';
      const b = f.chars(86, 'base64') + '==';
      return {
        match: [
          { text: `COINBASE_API_SECRET=${a}`, secret: a },
          { text: `{"cdp_api_key_secret": "${b}"}`, secret: b },
        ],
        noMatch: [
          { text: `some_blob=${f.chars(86, 'base64')}==`, why: 'no Coinbase name' },
          { text: `COINBASE_API_SECRET=${f.chars(40, 'base64')}==`, why: 'wrong length' },
        ],
      };
    },
  }),
  defineRule({
    id: 'coinbase-api-secret',
    provider: 'coinbase',
    title: 'Coinbase legacy API secret',
    keywords: ['coinbase'],
    // Legacy Coinbase API keys: 16-char key + 32-char secret. https://docs.cdp.coinbase.com/coinbase-app/docs/api-key-authentication
    pattern: nearKeyword(`coinbase${GAP}secret`, '[A-Za-z0-9]{32}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(152);
      const a = f.chars(32);
      const b = f.chars(32);
      return {
        match: [
          { text: `COINBASE_API_SECRET="${a}"`, secret: a },
          { text: `coinbase_secret: ${b}`, secret: b },
        ],
        noMatch: [
          { text: `COINBASE_API_KEY=${f.chars(16)}`, why: 'key id, not the secret' },
          { text: `COINBASE_API_SECRET=${'ab'.repeat(16)}`, why: 'repeated placeholder' },
        ],
      };
    },
  }),
];
