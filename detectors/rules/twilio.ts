import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

const ROTATE = 'https://console.twilio.com/us1/account/keys-credentials/api-keys';

/** Twilio API keys and auth tokens; account SIDs (AC…) identify, they do not authenticate. */
export const twilioRules = [
  defineRule({
    id: 'twilio-api-key',
    provider: 'twilio',
    title: 'Twilio API key SID',
    keywords: ['sk'],
    // SK + 32 lower-case hex; with its secret it authenticates like an AWS key id. https://www.twilio.com/docs/iam/api-keys
    pattern: /\bSK[0-9a-f]{32}\b/,
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(241);
      return {
        match: ['SK' + f.chars(32, 'hexLower'), 'SK' + f.chars(32, 'hexLower')],
        noMatch: [
          { text: 'AC' + f.chars(32, 'hexLower'), why: 'account SID, public identifier' },
          { text: 'SK' + f.chars(32, 'hexUpper'), why: 'upper-case hex, not a Twilio SID' },
          { text: 'SK' + f.chars(30, 'hexLower'), why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'twilio-auth-token',
    provider: 'twilio',
    title: 'Twilio auth token or API key secret',
    keywords: ['twilio'],
    // 32 characters with no prefix, so only beside a Twilio name. https://www.twilio.com/docs/iam/access-tokens
    pattern: nearKeyword('twilio', '[A-Za-z0-9]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://console.twilio.com/',
    examples: () => {
      const f = fake(242);
      const a = f.chars(32, 'hexLower');
      const b = f.chars(32);
      return {
        match: [
          { text: `TWILIO_AUTH_TOKEN=${a}`, secret: a },
          { text: `twilio:\n  api_secret: "${b}"`, secret: b },
          { text: `our Twilio auth token is ${a}`, secret: a },
        ],
        noMatch: [
          { text: `TWILIO_ACCOUNT_SID=AC${f.chars(32, 'hexLower')}`, why: 'account SID, public' },
          genericSecret(`auth_token=${f.chars(32, 'hexLower')}`, 'no Twilio name'),
        ],
      };
    },
  }),
];
