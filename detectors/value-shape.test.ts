import { describe, expect, test } from 'vitest';
import { fake } from './fake';
import { builtFromWords } from './value-shape';

describe('builtFromWords', () => {
  test('names, types, enum strings and demo values read as words', () => {
    for (const value of [
      'SemicolonToken$1',
      'SecretLintConfigDescriptor',
      'asyncLocalPasswordScanning',
      'ASYNC_LOCAL_PASSWORD_SCANNING',
      'HTTP_STATUS_PERMANENT_REDIRECT',
      'isNotOpeningBracketToken',
      '?NoLineTerminatorHere',
      'secret-2-levels',
      'correct-horse-battery-staple',
      'Summer2024!',
      '/home/robot',
      'undefined',
    ])
      expect(builtFromWords(value), value).toBe(true);
  });

  test('generated passwords and keys do not', () => {
    const f = fake(91);
    for (const value of [
      f.chars(16),
      f.chars(24, 'base64'),
      f.chars(32, 'hexLower'),
      // pwgen's pronounceable passwords scatter digits between syllables
      'Mai9ohgh6ahxee0jutheew0pungoozil',
    ])
      expect(builtFromWords(value), value).toBe(false);
  });

  test('random strings of 12 characters or more pass for words well under 1 % of the time', () => {
    const f = fake(92);
    const alphabets = ['alnum', 'base64', 'hexLower', 'alnumLower'] as const;
    for (const alphabet of alphabets) {
      for (const length of [12, 16, 24]) {
        let words = 0;
        for (let i = 0; i < 5000; i++) if (builtFromWords(f.chars(length, alphabet))) words++;
        expect(words / 5000, `${alphabet} × ${length}`).toBeLessThan(0.01);
      }
    }
  });
});
