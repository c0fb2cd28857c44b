import { fake } from '../fake';
import { defineRule } from '../rule';
import { UUID, nearKeyword } from './rule-parts';

const ROTATE = 'https://app.pinecone.io/';

/** Pinecone API keys, current (pcsk_) and legacy (UUID beside a Pinecone name). */
export const pineconeRules = [
  defineRule({
    id: 'pinecone-api-key',
    provider: 'pinecone',
    title: 'Pinecone API key',
    keywords: ['pcsk_'],
    // pcsk_<short key id>_<long secret>, base62. https://docs.pinecone.io/guides/projects/manage-api-keys
    pattern: /\bpcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}\b/,
    minEntropy: 3.5,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(521);
      return {
        match: [
          'pcsk' + '_' + f.chars(6) + '_' + f.chars(63),
          'pcsk' + '_' + f.chars(5) + '_' + f.chars(66),
        ],
        noMatch: [
          { text: 'pcsk' + '_' + f.chars(6), why: 'key id only' },
          { text: 'pcsk' + '_' + f.chars(6) + '_' + f.chars(20), why: 'secret too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'pinecone-legacy-api-key',
    provider: 'pinecone',
    title: 'Pinecone API key (legacy UUID)',
    keywords: ['pinecone'],
    // Older keys were bare UUIDs. https://docs.pinecone.io/guides/projects/manage-api-keys
    pattern: nearKeyword(`pinecone[\\w.-]{0,10}(?:api[_-]?)?key`, UUID),
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(522);
      const uuid = () => [8, 4, 4, 4, 12].map((n) => f.chars(n, 'hexLower')).join('-');
      const a = uuid();
      const b = uuid();
      return {
        match: [
          { text: `PINECONE_API_KEY=${a}`, secret: a },
          { text: `{"pinecone_key": "${b}"}`, secret: b },
        ],
        noMatch: [
          { text: `PINECONE_INDEX_ID=${uuid()}`, why: 'index id, not a key' },
          { text: `request_id=${uuid()}`, why: 'no Pinecone name' },
        ],
      };
    },
  }),
];
