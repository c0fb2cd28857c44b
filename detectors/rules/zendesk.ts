import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Zendesk API tokens have no prefix, so they need a Zendesk name beside them. */
export const zendeskRules = [
  defineRule({
    id: 'zendesk-api-token',
    provider: 'zendesk',
    title: 'Zendesk API token',
    keywords: ['zendesk', '/token:'],
    // 40 base62, used as email/token:<token> or named ZENDESK_API_TOKEN.
    // https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token
    pattern: nearKeyword(String.raw`zendesk|\/token`, '[A-Za-z0-9]{40}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://support.zendesk.com/hc/en-us/articles/4408889192858',
    examples: () => {
      const f = fake(761);
      const a = f.chars(40);
      const b = f.chars(40);
      return {
        match: [
          { text: `ZENDESK_API_TOKEN=${a}`, secret: a },
          {
            text: `curl -u agent@example.com/token:${b} https://acme.zendesk.com/api/v2/tickets`,
            secret: b,
          },
        ],
        noMatch: [
          { text: `ZENDESK_SUBDOMAIN=${f.chars(12, 'lower')}`, why: 'subdomain' },
          { text: `commit ${f.chars(40, 'hexLower')} zendesk-fix`, why: 'git SHA before the name' },
        ],
      };
    },
  }),
];
