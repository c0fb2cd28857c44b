import { fake } from '../fake';
import { defineRule, patternText } from '../rule';

/** Django's alphabet for generated secret keys, also URL-encoded. */
const CHAR = String.raw`(?:[a-z0-9!@#$^*(\-_=+)]|&(?![a-z_]{1,20}=)|%(?:[0-9A-Fa-f]{2})?)`;

/** Django's SECRET_KEY as `startproject` writes it. */
export const djangoRules = [
  defineRule({
    id: 'django-secret-key',
    provider: 'django',
    title: 'Django secret key',
    keywords: ['django-insecure-'],
    // "django-insecure-" + 50 of get_random_secret_key()'s alphabet. The prefix says the key
    // was never replaced, not that it is harmless: it signs sessions and reset links.
    // https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key
    pattern: patternText(String.raw`django-insecure-${CHAR}{50,150}(?!${CHAR})`),
    minEntropy: 3.5,
    rotateUrl: 'https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key-fallbacks',
    examples: () => {
      const f = fake(591);
      const key = () =>
        'django-' + 'insecure-' + f.chars(50, 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)');
      const a = key();
      return {
        match: [a, { text: `SECRET_KEY = "${a}"`, secret: a }],
        noMatch: [
          { text: "SECRET_KEY = 'django-insecure-...'", why: 'elided' },
          { text: 'django-insecure-' + f.chars(20, 'lower'), why: 'too short' },
        ],
      };
    },
  }),
];
