import { fake } from '../fake';
import { defineRule } from '../rule';
import { keyed, prefixed } from './rule-parts';

const ROTATE = 'https://cloud.mongodb.com/v2#/org/_/access/apiKeys';

export const mongodbAtlasRules = [
  defineRule({
    id: 'mongodb-atlas-private-key',
    provider: 'mongodb-atlas',
    title: 'MongoDB Atlas API private key',
    keywords: ['atlas'],
    // Programmatic API keys: public key (8 chars) + private key (UUID), named MONGODB_ATLAS_PRIVATE_KEY.
    // https://www.mongodb.com/docs/atlas/configure-api-access/
    pattern: keyed(
      String.raw`atlas[\w.-]{0,20}private_?key`,
      '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    ),
    anchored: true,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(291);
      const h = (n: number) => f.chars(n, 'hexLower');
      const k = `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;
      return {
        match: [{ text: `MONGODB_ATLAS_PRIVATE_KEY=${k}`, secret: k }],
        noMatch: [{ text: `MONGODB_ATLAS_PUBLIC_KEY=${h(8)}`, why: 'the public half' }],
      };
    },
  }),
  // Service-account secrets: "mdb_sa_sk_" + 40 base64url. https://www.mongodb.com/docs/atlas/api/service-accounts-overview/
  prefixed({
    id: 'mongodb-atlas-service-account-secret',
    provider: 'mongodb-atlas',
    title: 'MongoDB Atlas service account secret',
    prefix: 'mdb_sa_sk_',
    body: '[A-Za-z0-9_-]{40}',
    sample: (f) => f.chars(40),
    seed: 292,
    rotateUrl: ROTATE,
  }),
];
