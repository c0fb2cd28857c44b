import { fake } from '../fake';
import { defineRule } from '../rule';

/** SendGrid (Twilio) API keys. */
export const sendgridRules = [
  defineRule({
    id: 'sendgrid-api-key',
    provider: 'sendgrid',
    title: 'SendGrid API key',
    keywords: ['sg.'],
    // SG.<22-char key id>.<43-char secret>, both base64url. https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys
    pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![\w-])/,
    minEntropy: 3.5,
    rotateUrl: 'https://app.sendgrid.com/settings/api_keys',
    examples: () => {
      const f = fake(251);
      const tok = () => 'SG' + '.' + f.chars(22, 'base64url') + '.' + f.chars(43, 'base64url');
      return {
        match: [tok(), tok()],
        noMatch: [
          { text: 'SG' + '.' + f.chars(22) + '.' + f.chars(20), why: 'secret too short' },
          { text: 'sg' + '.' + f.chars(22) + '.' + f.chars(43), why: 'lower-case prefix' },
        ],
      };
    },
  }),
];
