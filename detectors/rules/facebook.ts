import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { nearKeyword, START } from './rule-parts';

const ROTATE = 'https://developers.facebook.com/apps/';

/** Facebook (Meta) Graph API user and page tokens, app secrets and app access tokens. */
export const facebookRules = [
  defineRule({
    id: 'facebook-access-token',
    provider: 'facebook',
    title: 'Facebook access token',
    keywords: ['eaa'],
    // "EAA" + a token-kind letter + 100…1000 base62; Meta prints them in its samples but
    // documents no length. https://developers.facebook.com/docs/facebook-login/guides/access-tokens
    pattern: patternText(`${START}EAA[A-Za-z0-9]{100,1000}(?![A-Za-z0-9_+/=%-])`),
    // Mixed case and digits throughout, unlike base64 of zero-filled binary data.
    minEntropy: 4.5,
    anchored: true,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(2201);
      return {
        match: ['EAA' + 'G' + f.chars(180), 'EAA' + 'B' + f.chars(120)],
        noMatch: [
          { text: 'EAA' + 'G' + f.chars(60), why: 'too short' },
          {
            text: 'EAA' + 'G' + f.chars(150) + '+/' + f.chars(20, 'base64'),
            why: 'part of a base64 blob',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'facebook-app-secret',
    provider: 'facebook',
    title: 'Facebook app secret or app access token',
    keywords: ['facebook', 'fb_app', 'fb-app', 'fb_secret'],
    // App secret: 32 hex. App access token: app id (15-16 digits) "|" app secret or client
    // token ("%7C" once URL-encoded). https://developers.facebook.com/docs/facebook-login/guides/access-tokens#apptokens
    pattern: nearKeyword(
      String.raw`facebook|fb[_-](?:app|secret)`,
      String.raw`[a-f0-9]{32}|[0-9]{15,16}(?:\||%7C)[A-Za-z0-9_-]{27,43}`,
    ),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(2202);
      const a = f.chars(32, 'hexLower');
      const b = f.chars(16, 'digits') + '|' + f.chars(32, 'hexLower');
      return {
        match: [
          { text: `FACEBOOK_APP_SECRET=${a}`, secret: a },
          { text: `const fb_app_token = '${b}';`, secret: b },
          { text: `facebook:\n  app_secret: "${a}"`, secret: a },
        ],
        noMatch: [
          { text: `FACEBOOK_APP_ID=${f.chars(16, 'digits')}`, why: 'app id, public' },
          { text: `etag: "${f.chars(32, 'hexLower')}"`, why: 'a hash with no Facebook name' },
        ],
      };
    },
  }),
];
