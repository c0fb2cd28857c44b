import { fake } from '../fake';
import { defineRule } from '../rule';

/** Real keys mix cases; CSS class names such as `md-toolbar-…` do not. */
function mixedCase(secret: string): boolean {
  return /[a-z]/.test(secret) && /[A-Z]/.test(secret.slice(3));
}

/** Mandrill (Mailchimp Transactional) API keys. */
export const mandrillRules = [
  defineRule({
    id: 'mandrill-api-key',
    provider: 'mandrill',
    title: 'Mandrill (Mailchimp Transactional) API key',
    keywords: ['md-'],
    // md- + 22 base64url. https://mailchimp.com/developer/transactional/guides/quick-start/
    pattern: /(?<![\w-])md-[A-Za-z0-9_-]{22}(?![\w-])/,
    validate: mixedCase,
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://mandrillapp.com/settings',
    examples: () => {
      const f = fake(291);
      return {
        match: ['md' + '-' + f.chars(22), 'md' + '-' + f.chars(22, 'base64url')],
        noMatch: [
          { text: '<div class="md-toolbar-tools-large-xs">', why: 'CSS class name' },
          { text: 'md' + '-' + f.chars(12), why: 'too short' },
        ],
      };
    },
  }),
];
