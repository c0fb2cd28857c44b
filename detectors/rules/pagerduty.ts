import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** PagerDuty REST API keys have no prefix (user keys start with u+), so context only. */
export const pagerdutyRules = [
  defineRule({
    id: 'pagerduty-api-key',
    provider: 'pagerduty',
    title: 'PagerDuty REST API key',
    keywords: ['pagerduty', 'token token'],
    // 20 chars of [A-Za-z0-9_+-], sent as `Authorization: Token token=…`. https://developer.pagerduty.com/docs/authentication
    pattern: nearKeyword('pagerduty|token token', '[A-Za-z0-9_+-]{20}', String.raw`[\w+-]`),
    minEntropy: 3.2,
    confidence: 'medium',
    rotateUrl: 'https://support.pagerduty.com/main/docs/api-access-keys',
    examples: () => {
      const f = fake(641);
      const a = 'u+' + f.chars(18, 'base64url');
      const b = f.chars(20, 'base64url');
      return {
        match: [
          { text: `PAGERDUTY_API_KEY=${a}`, secret: a },
          { text: `-H "Authorization: Token token=${b}"`, secret: b },
        ],
        noMatch: [
          { text: `PAGERDUTY_SERVICE_ID=P${f.chars(6, 'alnumUpper')}`, why: 'service id' },
          { text: `PAGERDUTY_API_KEY=${f.chars(32)}`, why: 'wrong length' },
        ],
      };
    },
  }),
];
