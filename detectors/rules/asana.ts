import { fake } from '../fake';
import { defineRule } from '../rule';
import { GAP, nearKeyword } from './rule-parts';

/** Asana personal access tokens. */
export const asanaRules = [
  defineRule({
    id: 'asana-personal-access-token',
    provider: 'asana',
    title: 'Asana personal access token',
    // No literal prefix beyond a digit and a slash; run when the text talks about Asana or tokens.
    keywords: ['asana', 'token', 'bearer'],
    // <version>/<user gid>[/<token gid>]:<32 hex or base62>. https://developers.asana.com/docs/personal-access-token
    pattern: /\b[12]\/[0-9]{10,19}(?:\/[0-9]{10,19})?:[A-Za-z0-9]{32}\b/,
    minEntropy: 3,
    rotateUrl: 'https://app.asana.com/0/my-apps',
    examples: () => {
      const f = fake(701);
      const a =
        '2/' + f.chars(16, 'digits') + '/' + f.chars(16, 'digits') + ':' + f.chars(32, 'hexLower');
      const b = '1/' + f.chars(16, 'digits') + ':' + f.chars(32, 'hexLower');
      return {
        match: [
          { text: `ASANA_TOKEN=${a}`, secret: a },
          { text: `-H "Authorization: Bearer ${b}"`, secret: b },
        ],
        noMatch: [
          { text: `asana ratio 1/2:${f.chars(32, 'hexLower')}`, why: 'gid too short' },
          {
            text: `asana 3/${f.chars(16, 'digits')}:${f.chars(32, 'hexLower')}`,
            why: 'unknown version',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'asana-client-secret',
    provider: 'asana',
    title: 'Asana OAuth client secret',
    keywords: ['asana'],
    // 32 hex; the 16-digit client id beside it is public. https://developers.asana.com/docs/oauth
    pattern: nearKeyword(`asana${GAP}secret`, '[a-f0-9]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://app.asana.com/0/my-apps',
    examples: () => {
      const f = fake(702);
      const a = f.chars(32, 'hexLower');
      return {
        match: [
          { text: `ASANA_CLIENT_SECRET=${a}`, secret: a },
          { text: `asana:\n  client_secret: '${a}'`, secret: a },
        ],
        noMatch: [
          { text: `ASANA_CLIENT_ID=${f.chars(16, 'digits')}`, why: 'client id, public' },
          { text: `ASANA_WORKSPACE=${f.chars(32, 'hexLower')}`, why: 'not named a secret' },
        ],
      };
    },
  }),
];
