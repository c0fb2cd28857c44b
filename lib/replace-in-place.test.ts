import { describe, expect, test } from 'vitest';
import { locateSecrets } from './replace-in-place';

const swap = (secret: string, start: number) => ({ secret, start, link: 'L' });

describe('locateSecrets', () => {
  test('keeps the scanned offsets while the text there is unchanged', () => {
    const text = 'a SECRET b SECRET c';
    expect(locateSecrets(text, [swap('SECRET', 2), swap('SECRET', 11)])).toEqual([2, 11]);
  });

  test('finds each secret again, in order, when the text moved', () => {
    const text = 'new words first: a SECRET b OTHER';
    expect(locateSecrets(text, [swap('SECRET', 2), swap('OTHER', 11)])).toEqual([19, 28]);
  });

  test('gives up when a secret is gone, so nothing is half converted', () => {
    expect(locateSecrets('a SECRET b', [swap('SECRET', 2), swap('OTHER', 11)])).toBeUndefined();
  });
});
