/**
 * Shared rejection of values that only look like secrets: documented examples, template
 * variables, filler characters. Applied to every rule's secret span.
 */

// Short words are only safe to look for in short values: in a 2 KB PEM body a random
// four-letter word turns up about once in a hundred keys.
const SHORT_WORDS =
  /your[-_ .]?(?:api[-_ .]?)?(?:key|token|secret|passw(?:or)?d|pass)|changeme|change[-_]me|xxxx|dummy|sample|todo|fixme|replace[-_]?me|insert[-_ ]|not[-_]?a[-_]?real|fake[-_]?(?:key|token|secret|pass)|secret[-_]?here|token[-_]?here|key[-_]?here|my[-_]?(?:secret|password|token)/;
const LONG_WORDS = /example|placeholder|redacted|\*{4}|\.{3}|…/;
const MARKERS = /<[a-z_ -]{2,40}>|\$\{|\{\{|%\(|\$\(|\[[a-z_ -]{2,40}\]/;

function longestRun(text: string): number {
  let best = 1;
  let run = 1;
  let seq = 1;
  for (let i = 1; i < text.length; i++) {
    const d = text.charCodeAt(i) - text.charCodeAt(i - 1);
    // Runs of "A" are zero bits in base64 and occur in real structured tokens (Dropbox); runs
    // of spaces are the indentation of a key block nested deep in YAML.
    run = d === 0 && text[i] !== 'A' && text[i] !== ' ' ? run + 1 : 1;
    seq = d === 1 || d === -1 ? seq + 1 : 1;
    if (run > best) best = run;
    if (seq > best) best = seq;
  }
  return text.length === 0 ? 0 : best;
}

function distinct(text: string): number {
  return new Set(text).size;
}

/** A short unit repeated over the whole value, like `abcabcabc` or `1234123412341234`. */
function periodic(text: string): boolean {
  if (text.length < 12) return false;
  for (let p = 1; p <= 4; p++) {
    let ok = true;
    for (let i = p; i < text.length && ok; i++) ok = text[i] === text[i - p];
    if (ok) return true;
  }
  return false;
}

/** Strip a vendor prefix such as `ghp_` or `sk_live_` so only the random body is judged. */
export function tokenBody(secret: string): string {
  const m = /^[A-Za-z]{1,12}[_-](?:[A-Za-z]{2,8}[_-])?/.exec(secret);
  return m && secret.length - m[0].length >= 8 ? secret.slice(m[0].length) : secret;
}

/** True when the value is a documented example, a template variable or filler. */
export function isPlaceholder(secret: string): boolean {
  const lower = secret.toLowerCase();
  if (LONG_WORDS.test(lower) || MARKERS.test(lower)) return true;
  if (secret.length <= 200 && SHORT_WORDS.test(lower)) return true;
  const body = tokenBody(secret);
  if (body.length >= 8) {
    if (longestRun(body) >= 7) return true;
    if (body.length >= 16 && distinct(body) <= 4) return true;
    if (periodic(body)) return true;
  }
  return false;
}
