import { fake } from '../fake';
import { defineRule } from '../rule';
import { GAP, UUID, nearKeyword } from './rule-parts';

/** Postmark server and account tokens are bare UUIDs, so they need a Postmark name beside them. */
export const postmarkRules = [
  defineRule({
    id: 'postmark-token',
    provider: 'postmark',
    title: 'Postmark server or account API token',
    keywords: ['postmark'],
    // UUID named X-Postmark-Server-Token / POSTMARK_API_TOKEN. https://postmarkapp.com/developer/api/overview#authentication
    pattern: nearKeyword(`postmark${GAP}(?:token|key)`, UUID),
    confidence: 'medium',
    rotateUrl: 'https://account.postmarkapp.com/servers',
    examples: () => {
      const f = fake(281);
      const uuid = () => [8, 4, 4, 4, 12].map((n) => f.chars(n, 'hexLower')).join('-');
      const a = uuid();
      const b = uuid();
      return {
        match: [
          { text: `-H "X-Postmark-Server-Token: ${a}"`, secret: a },
          { text: `POSTMARK_API_TOKEN=${b}`, secret: b },
        ],
        noMatch: [
          { text: `postmark message id: ${uuid()}`, why: 'message id, not a token' },
          { text: `X-Request-Id: ${uuid()}`, why: 'no Postmark name' },
        ],
      };
    },
  }),
];
