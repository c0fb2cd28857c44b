/**
 * Pseudo-localisation: English made longer and accented, so that a screen shows at once which
 * text bypasses the catalogues (it stays plain) and which layout breaks on longer languages (German
 * and French run about a third longer than English). Substitutions ($1, $$), named ones ({name})
 * and the plural separator survive untouched.
 */
const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  s: 'š',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
  S: 'Š',
  Z: 'Ž',
};

/** Keeps `$1`, `$$`, `{name}` and ` | ` whole; accents and lengthens everything else. */
const TOKEN = /(\$\$|\$[1-9]|\{[A-Za-z0-9_]{1,40}\}| \| )/;

function pseudoForm(text: string): string {
  const parts = text.split(TOKEN).map((part, i) =>
    i % 2 === 1
      ? part
      : // Doubling the vowels adds about 40% to English text.
        [...part].map((c) => (ACCENTED[c] ?? c).repeat(/[aeiouAEIOU]/.test(c) ? 2 : 1)).join(''),
  );
  return `[${parts.join('')}]`;
}

/** One message in pseudo form; each plural form is bracketed on its own. */
export function pseudoLocalise(message: string): string {
  return message.split(' | ').map(pseudoForm).join(' | ');
}
