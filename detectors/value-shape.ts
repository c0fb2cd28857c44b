/**
 * Whether a value assigned to a secret-sounding name reads as words, judged from its shape
 * alone: identifiers, types, keywords, enum strings and demo passwords do; keys do not.
 */
import { ENGLISH_BIGRAMS } from './english-bigrams-data';

/** camelCase humps, ACRONYMS and digit runs: `isHTTPSToken2` → is, HTTPS, Token, 2. */
const PIECE = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g;

let commonPairs: Uint8Array | undefined;

function common(): Uint8Array {
  if (!commonPairs) {
    commonPairs = new Uint8Array(676);
    for (let i = 0; i < 676; i++)
      commonPairs[i] = (parseInt(ENGLISH_BIGRAMS[i >> 2] as string, 16) >> (i & 3)) & 1;
  }
  return commonPairs;
}

/**
 * True when the value reads as words: `SemicolonToken$1`, `tokenizeWwwAutolink`,
 * `secret-2-levels`, `/home/robot`, `ASYNC_LOCAL_PASSWORD_SCANNING`. Names are made of pieces of
 * several letters whose letter pairs are those of English words, with few digits; random strings
 * break into one- and two-letter pieces, and about half of their letter pairs (`qx`, `zj`, `vw`)
 * are rare in English. Seeded random strings of 12 characters or more pass for words well under
 * 1 % of the time (value-shape.test.ts).
 */
export function builtFromWords(value: string): boolean {
  const pieces = value.match(PIECE);
  if (!pieces) return false;
  const pairs = common();
  let words = 0;
  let letters = 0;
  let singles = 0;
  let digitRuns = 0;
  let digits = 0;
  let pairCount = 0;
  let rare = 0;
  for (const piece of pieces) {
    const c = piece.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      digitRuns++;
      digits += piece.length;
      continue;
    }
    letters += piece.length;
    if (piece.length === 1) {
      singles++;
      continue;
    }
    words++;
    // Short all-caps pieces are acronyms (`SQL`, `DNS`), spelt by their letters, not as words.
    if (piece.length <= 4 && c <= 90 && piece === piece.toUpperCase()) continue;
    const lower = piece.toLowerCase();
    for (let i = 1; i < lower.length; i++) {
      pairCount++;
      rare += 1 - (pairs[(lower.charCodeAt(i - 1) - 97) * 26 + lower.charCodeAt(i) - 97] as number);
    }
  }
  if (words === 0 || singles > 1 + (words >> 2)) return false;
  // Names of three words or more (`GetEnrollmentsByIdRequest`) may hold an abbreviation or two
  // with rare pairs; random strings never break into that many words.
  const rareShare = words >= 3 ? 5 : 10;
  if (digitRuns > 2 || digits > letters || rare * rareShare > pairCount) return false;
  return (letters - singles) / words >= 3.5;
}

/** Look-alike characters and the letters they stand for, in pairs. */
const LEET = '@a4a3e1i0o$s5s7t';

/**
 * A password made of words once its look-alike substitutions are undone (`p@ss:word`,
 * `P@ssw0rd`), as password-strength meters read them (zxcvbn's l33t matching).
 */
export function passwordOfWords(value: string): boolean {
  if (builtFromWords(value)) return true;
  // Only a sprinkle of substitutions, one of them a symbol: random strings hold many digits, and
  // reading digits alone as letters would make words of hex.
  const leet = value.match(/[@43105$7]/g)?.length ?? 0;
  if (!/[@$]/.test(value) || leet > 2 || /[2689]/.test(value)) return false;
  return builtFromWords(value.replace(/[@43105$7]/g, (c) => LEET[LEET.indexOf(c) + 1] as string));
}
