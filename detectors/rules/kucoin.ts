import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword, UUID } from './rule-parts';

/** KuCoin API secrets (UUIDs); the 24-hex API key beside them is an identifier. */
export const kucoinRules = [
  defineRule({
    id: 'kucoin-api-secret',
    provider: 'kucoin',
    title: 'KuCoin API secret',
    keywords: ['kucoin'],
    // A UUID, used with the API key and passphrase to sign requests.
    // https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request
    pattern: nearKeyword('kucoin', UUID),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://www.kucoin.com/account/api',
    examples: () => {
      const f = fake(2351);
      const h = (n: number) => f.chars(n, 'hexLower');
      const a = `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;
      return {
        match: [
          { text: `KUCOIN_API_SECRET=${a}`, secret: a },
          { text: `kucoin:\n  secret: "${a}"`, secret: a },
        ],
        noMatch: [
          { text: `KUCOIN_API_KEY=${h(24)}`, why: 'API key id, not the secret' },
          { text: `order_id=${a}`, why: 'a UUID with no KuCoin name' },
        ],
      };
    },
  }),
];
