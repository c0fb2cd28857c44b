// Passwords as people and generators really make them: password-manager output, `openssl rand`
// output, and typed ones with every character class. None is built from dictionary words: the
// label policy leaves word-made demo values (`password123`, `changeme`) unlabelled, and those
// live in the negatives.
import { b64 } from './encoding.ts';
import { ALNUM, DIGITS, LOWER, UPPER, type Rng } from './rng.ts';

// No quote, backslash, dollar, hash, ampersand or angle bracket: each would change meaning or
// need escaping in one of the contexts (.env, shell, YAML, XML) and so shift the span.
export const SYMBOLS = '!@%^*-_+=.~?:';

/** At least one of each class, shuffled in. */
function mixed(r: Rng, n: number, symbols: string): string {
  const head = [r.chars(UPPER, 1), r.chars(LOWER, 1), r.chars(DIGITS, 1), r.chars(symbols, 1)];
  const rest = r.chars(ALNUM + symbols + symbols, n - head.length).split('');
  return r.shuffle([...head, ...rest]).join('');
}

export type PasswordStyle = 'manager' | 'symbols' | 'hex' | 'base64' | 'typed';

export function password(
  r: Rng,
  style: PasswordStyle = r.pick(['manager', 'symbols', 'hex', 'base64', 'typed']),
): string {
  switch (style) {
    case 'manager':
      return mixed(r, r.range(20, 32), '-_');
    case 'symbols':
      return mixed(r, r.range(14, 24), SYMBOLS);
    case 'hex':
      return r.hex(r.pick([24, 32, 40, 64]));
    case 'base64':
      // `openssl rand -base64 N`, the canonical "generate a DB password" recipe.
      return b64(r.bytes(r.pick([18, 24, 32]))).replace(/=+$/, '');
    case 'typed':
      return mixed(r, r.range(10, 14), '!@%*-_.?');
  }
}

/** A password safe inside a URI's userinfo without percent-encoding (most generated ones). */
export function uriSafePassword(r: Rng): string {
  return r.chance(0.5) ? mixed(r, r.range(16, 28), '-_.~') : r.alnum(r.range(16, 32));
}
