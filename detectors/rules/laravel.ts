import { fake } from '../fake';
import { defineRule } from '../rule';

/** Laravel's application key, which encrypts cookies and signs URLs. */
export const laravelRules = [
  defineRule({
    id: 'laravel-app-key',
    provider: 'laravel',
    title: 'Laravel application key',
    keywords: ['base64:'],
    // `php artisan key:generate` writes APP_KEY=base64:<base64 of 32 random bytes>.
    // https://laravel.com/docs/11.x/encryption#configuration
    pattern: /(?<![\w+/])base64:[A-Za-z0-9+/]{43}=(?![\w+/=])/,
    minEntropy: 4,
    confidence: 'medium',
    rotateUrl: 'https://laravel.com/docs/11.x/encryption#gracefully-rotating-encryption-keys',
    examples: () => {
      const f = fake(592);
      const key = () => 'base64:' + Buffer.from(f.chars(32)).toString('base64');
      const a = key();
      return {
        match: [a, { text: `APP_KEY=${a}`, secret: a }],
        noMatch: [
          {
            text: 'APP_KEY=base64:' + Buffer.from('x'.repeat(32)).toString('base64'),
            why: 'filler',
          },
          { text: 'data:image/png;base64,' + f.chars(44, 'base64'), why: 'a data URL' },
        ],
      };
    },
  }),
];
