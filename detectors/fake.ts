/**
 * Deterministic fake-token parts for rule examples and the corpus. Seeded so test failures
 * reproduce; never used by the engine at run time.
 */

export const ALPHABETS = {
  digits: '0123456789',
  hexLower: '0123456789abcdef',
  hexUpper: '0123456789ABCDEF',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  alnumLower: 'abcdefghijklmnopqrstuvwxyz0123456789',
  alnumUpper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  base32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
} as const;

/** mulberry32: small, fast, good enough to make varied fake tokens. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Fake {
  /** `length` characters drawn from `alphabet` (a key of ALPHABETS or a literal alphabet). */
  chars(length: number, alphabet?: keyof typeof ALPHABETS | string): string;
  pick<T>(items: readonly T[]): T;
  int(min: number, max: number): number;
}

export function fake(seed = 1): Fake {
  const next = seededRandom(seed);
  return {
    chars(length, alphabet = 'alnum') {
      const set = alphabet in ALPHABETS ? ALPHABETS[alphabet as keyof typeof ALPHABETS] : alphabet;
      let out = '';
      for (let i = 0; i < length; i++) out += set[Math.floor(next() * set.length)];
      return out;
    },
    pick(items) {
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
  };
}
