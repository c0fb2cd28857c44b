import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { fake } from '../fake';
import { sha256, toBase32 } from './sha256';

test('sha256 agrees with node:crypto across block boundaries', () => {
  const f = fake(31);
  for (const length of [0, 1, 3, 55, 56, 63, 64, 65, 77, 119, 120, 200]) {
    const text = f.chars(length);
    const expected = createHash('sha256').update(text).digest();
    expect(Buffer.from(sha256(text)).equals(expected), `length ${length}`).toBe(true);
  }
});

test('base32 follows RFC 4648', () => {
  // RFC 4648 section 10 test vectors, without padding.
  const enc = (s: string) => toBase32(new TextEncoder().encode(s));
  expect(enc('f')).toBe('MY');
  expect(enc('fo')).toBe('MZXQ');
  expect(enc('foo')).toBe('MZXW6');
  expect(enc('foobar')).toBe('MZXW6YTBOI');
});
