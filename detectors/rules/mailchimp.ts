import { fake } from '../fake';
import { defineRule } from '../rule';

/** Mailchimp Marketing API keys carry their data-centre suffix. */
export const mailchimpRules = [
  defineRule({
    id: 'mailchimp-api-key',
    provider: 'mailchimp',
    title: 'Mailchimp API key',
    keywords: ['-us'],
    // <32 hex>-us<data centre>. https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key
    pattern: /\b[0-9a-f]{32}-us[0-9]{1,2}\b/,
    minEntropy: 3,
    rotateUrl: 'https://admin.mailchimp.com/account/api/',
    examples: () => {
      const f = fake(271);
      return {
        match: [f.chars(32, 'hexLower') + '-us' + f.int(1, 21), f.chars(32, 'hexLower') + '-us6'],
        noMatch: [
          { text: f.chars(32, 'hexLower') + '-eu1', why: 'not a Mailchimp data centre' },
          { text: f.chars(20, 'hexLower') + '-us6', why: 'too short' },
          { text: '0'.repeat(32) + '-us6', why: 'placeholder' },
        ],
      };
    },
  }),
];
