import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword, UUID } from './rule-parts';

/** Squarespace Commerce API keys are UUIDs: only with a Squarespace name beside them. */
export const squarespaceRules = [
  defineRule({
    id: 'squarespace-api-key',
    provider: 'squarespace',
    title: 'Squarespace API key',
    keywords: ['squarespace'],
    // A UUID sent as a bearer token. https://developers.squarespace.com/commerce-apis/authentication-and-permissions
    pattern: nearKeyword('squarespace', UUID),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://support.squarespace.com/hc/en-us/articles/236297987',
    examples: () => {
      const f = fake(2331);
      const h = (n: number) => f.chars(n, 'hexLower');
      const a = `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;
      return {
        match: [
          { text: `SQUARESPACE_API_KEY=${a}`, secret: a },
          { text: `squarespace:\n  token: ${a}`, secret: a },
        ],
        noMatch: [
          { text: `trace=${a}`, why: 'a UUID with no Squarespace name' },
          { text: `SQUARESPACE_SITE_ID=${h(24)}`, why: 'not a UUID' },
        ],
      };
    },
  }),
];
