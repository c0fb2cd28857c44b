import { fake } from '../fake';
import { defineRule } from '../rule';

const ROTATE = 'https://app.mailgun.com/settings/api_security';

/** Mailgun private API keys, old and new shapes; `pubkey-` validation keys are public. */
export const mailgunRules = [
  defineRule({
    id: 'mailgun-api-key',
    provider: 'mailgun',
    title: 'Mailgun private API key',
    keywords: ['key-'],
    // key- + 32 hex (keys issued before 2023). https://documentation.mailgun.com/docs/mailgun/api-reference/authentication
    pattern: /(?<![\w-])key-[0-9a-f]{32}\b/,
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(261);
      return {
        match: ['key' + '-' + f.chars(32, 'hexLower'), 'key' + '-' + f.chars(32, 'hexLower')],
        noMatch: [
          { text: 'pub' + 'key-' + f.chars(32, 'hexLower'), why: 'public validation key' },
          { text: 'cache-' + 'key-' + f.chars(32, 'hexLower'), why: 'hashed cache key' },
          { text: 'key' + '-' + f.chars(16, 'hexLower'), why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'mailgun-private-key',
    provider: 'mailgun',
    title: 'Mailgun private API key (current format)',
    // The new shape has no prefix; the rule runs only when the text mentions Mailgun.
    keywords: ['mailgun'],
    // <32 hex>-<8 hex>-<8 hex>. https://documentation.mailgun.com/docs/mailgun/api-reference/authentication
    pattern: /\b[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}\b/,
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(262);
      const tok = () =>
        f.chars(32, 'hexLower') + '-' + f.chars(8, 'hexLower') + '-' + f.chars(8, 'hexLower');
      const a = tok();
      const b = tok();
      return {
        match: [
          { text: `MAILGUN_API_KEY=${a}`, secret: a },
          {
            text: `curl --user 'api:${b}' https://api.mailgun.net/v3/example.org/messages`,
            secret: b,
          },
        ],
        noMatch: [
          {
            text: `mailgun message ${f.chars(32, 'hexLower')}-${f.chars(8, 'hexLower')}`,
            why: 'missing a segment',
          },
          {
            text: `mailgun ${f.chars(32, 'hexLower')}-${f.chars(8, 'hexLower')}-${f.chars(4, 'hexLower')}`,
            why: 'last segment too short',
          },
        ],
      };
    },
  }),
];
