import { fake } from '../fake';
import { defineRule } from '../rule';

/** Brevo (formerly Sendinblue) API and SMTP keys. */
export const brevoRules = [
  defineRule({
    id: 'brevo-api-key',
    provider: 'brevo',
    title: 'Brevo API key',
    keywords: ['xkeysib-'],
    // xkeysib-<64 hex>-<16 base62>. https://developers.brevo.com/docs/getting-started
    pattern: /\bxkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}\b/,
    rotateUrl: 'https://app.brevo.com/settings/keys/api',
    examples: () => {
      const f = fake(301);
      return {
        match: [
          'xkey' + 'sib-' + f.chars(64, 'hexLower') + '-' + f.chars(16),
          'xkey' + 'sib-' + f.chars(64, 'hexLower') + '-' + f.chars(16),
        ],
        noMatch: [
          { text: 'xkey' + 'sib-' + f.chars(64, 'hexLower'), why: 'missing suffix' },
          {
            text: 'xkey' + 'sib-' + f.chars(40, 'hexLower') + '-' + f.chars(16),
            why: 'hex part too short',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'brevo-smtp-key',
    provider: 'brevo',
    title: 'Brevo SMTP key',
    keywords: ['xsmtpsib-'],
    // xsmtpsib-<64 hex>-<16 base62>. https://help.brevo.com/hc/en-us/articles/7959631848850
    pattern: /\bxsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}\b/,
    rotateUrl: 'https://app.brevo.com/settings/keys/smtp',
    examples: () => {
      const f = fake(302);
      return {
        match: [
          'xsmtp' + 'sib-' + f.chars(64, 'hexLower') + '-' + f.chars(16),
          'xsmtp' + 'sib-' + f.chars(64, 'hexLower') + '-' + f.chars(16),
        ],
        noMatch: [
          {
            text: 'xsmtp' + 'sib-' + f.chars(64, 'hexLower') + '-' + f.chars(8),
            why: 'suffix too short',
          },
          {
            text: 'smtp' + 'sib-' + f.chars(64, 'hexLower') + '-' + f.chars(16),
            why: 'wrong prefix',
          },
        ],
      };
    },
  }),
];
