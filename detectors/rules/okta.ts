import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** Okta API tokens (SSWS) start with 00 and need an Okta name or the SSWS scheme beside them. */
export const oktaRules = [
  defineRule({
    id: 'okta-api-token',
    provider: 'okta',
    title: 'Okta API token',
    keywords: ['okta', 'ssws'],
    // 00 + 40 base64url, sent as `Authorization: SSWS …`. https://developer.okta.com/docs/guides/create-an-api-token/
    pattern: nearKeyword('okta|ssws', '00[A-Za-z0-9_-]{40}'),
    minEntropy: 3.5,
    rotateUrl: 'https://help.okta.com/en-us/content/topics/security/api.htm',
    examples: () => {
      const f = fake(651);
      const a = '00' + f.chars(40, 'base64url');
      const b = '00' + f.chars(40);
      return {
        match: [
          { text: `OKTA_API_TOKEN=${a}`, secret: a },
          { text: `-H "Authorization: SSWS ${b}"`, secret: b },
        ],
        noMatch: [
          { text: `OKTA_CLIENT_ID=0oa${f.chars(17)}`, why: 'client id, public' },
          genericSecret(`token=00${f.chars(40)}`, 'no Okta name'),
        ],
      };
    },
  }),
];
