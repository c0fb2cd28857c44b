import { fake } from '../fake';
import { defineRule } from '../rule';

/** Groq API keys. */
export const groqRules = [
  defineRule({
    id: 'groq-api-key',
    provider: 'groq',
    title: 'Groq API key',
    keywords: ['gsk_'],
    // gsk_ + 52 base62 as issued; gitleaks expects 48, so both lengths count.
    // https://console.groq.com/docs/quickstart
    pattern: /\bgsk_[A-Za-z0-9]{48,52}\b/,
    minEntropy: 3.5,
    rotateUrl: 'https://console.groq.com/keys',
    examples: () => {
      const f = fake(451);
      return {
        match: ['gsk' + '_' + f.chars(52), 'gsk' + '_' + f.chars(52)],
        noMatch: [
          { text: 'gsk' + '_' + f.chars(40), why: 'too short' },
          { text: 'gsk' + '_' + 'your_groq_api_key_here', why: 'placeholder' },
        ],
      };
    },
  }),
];
