import { fake } from '../fake';
import { defineRule } from '../rule';
import { decodeBase64 } from '../validators/base64-json';

/** Intercom access tokens are base64 of `tok:<id>:<n>:<n>`. */
function isIntercomToken(token: string): boolean {
  const text = decodeBase64(token);
  return text !== null && /^tok:[A-Za-z0-9_-]{20,60}:[0-9]+:[0-9]+$/.test(text);
}

/** Intercom REST API access tokens. */
export const intercomRules = [
  defineRule({
    id: 'intercom-access-token',
    provider: 'intercom',
    title: 'Intercom access token',
    keywords: ['dg9ro'],
    // base64("tok:<uuid>:1:0"), so it starts dG9rO. https://developers.intercom.com/docs/build-an-integration/learn-more/authentication
    pattern: /\bdG9rO[A-Za-z0-9+/]{40,100}={0,2}(?![\w+/=-])/,
    validate: isIntercomToken,
    rotateUrl: 'https://app.intercom.com/a/apps/_/developer-hub',
    examples: () => {
      const f = fake(751);
      const tok = () =>
        btoa(`tok:${[8, 4, 4, 4, 12].map((n) => f.chars(n, 'hexLower')).join('_')}:1:0`);
      return {
        match: [tok(), tok()],
        noMatch: [
          { text: btoa(`tok:${f.chars(8)}`) + f.chars(40), why: 'does not decode to a token' },
          { text: 'dG9rO' + f.chars(10), why: 'too short' },
        ],
      };
    },
  }),
];
