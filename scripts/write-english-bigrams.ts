/**
 * Writes detectors/english-bigrams-data.ts: the letter pairs that occur in at least 100 words of
 * Debian's American English word list (`apt-get install wamerican`), as a 676-bit set in hex.
 * value-shape.ts uses it to tell names built from words from random strings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MIN_WORDS = 100;
const words = readFileSync('/usr/share/dict/american-english', 'utf8')
  .split('\n')
  .filter((word) => /^[a-z]+$/.test(word));
const counts = new Array<number>(676).fill(0);
for (const word of words) {
  const seen = new Set<number>();
  for (let i = 0; i + 1 < word.length; i++)
    seen.add((word.charCodeAt(i) - 97) * 26 + word.charCodeAt(i + 1) - 97);
  for (const pair of seen) counts[pair] = (counts[pair] as number) + 1;
}
let hex = '';
for (let i = 0; i < 676; i += 4) {
  let nibble = 0;
  for (let bit = 0; bit < 4; bit++) if ((counts[i + bit] ?? 0) >= MIN_WORDS) nibble |= 1 << bit;
  hex += nibble.toString(16);
}
const source = `// Written by \`npx tsx scripts/write-english-bigrams.ts\` from Debian's wamerican word list
// (${words.length} lower-case words): bit a*26+b is set when the letter pair ab occurs in at least
// ${MIN_WORDS} of them.
export const ENGLISH_BIGRAMS =
  '${hex}';
`;
writeFileSync(
  fileURLToPath(new URL('../detectors/english-bigrams-data.ts', import.meta.url)),
  source,
);
