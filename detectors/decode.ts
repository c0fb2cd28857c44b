/**
 * Decoding layers: views of parts of the text with JSON escapes, percent-encoding or base64
 * undone, each with a map back to offsets in the original text.
 */

export interface DecodedView {
  kind: 'json' | 'url' | 'base64';
  text: string;
  /** Original start of the encoded region. */
  origin: number;
  /** Original end of the encoded region. */
  originEnd: number;
  /**
   * Original offset of each decoded character, plus one trailing entry for the end; absent for
   * base64, whose findings cover the whole encoded region.
   */
  map?: Int32Array;
}

const MAX_REGION = 64 * 1024;
const MAX_VIEWS = 2000;

// Runs of URL characters containing a percent escape.
const URL_RUN = /[A-Za-z0-9._~!$&'()*+,;=:@/?%-]{12,65536}/g;

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
};

function decodeJson(body: string, origin: number): DecodedView | undefined {
  if (!body.includes('\\')) return undefined;
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== '\\') {
      out += c;
      map.push(origin + i);
      continue;
    }
    const e = body[i + 1];
    if (e !== undefined && e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      map.push(origin + i);
      i++;
    } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16));
      map.push(origin + i);
      i += 5;
    } else {
      out += c;
      map.push(origin + i);
    }
  }
  map.push(origin + body.length);
  return {
    kind: 'json',
    text: out,
    origin,
    originEnd: origin + body.length,
    map: Int32Array.from(map),
  };
}

function decodeUrl(run: string, origin: number): DecodedView | undefined {
  if (!/%[0-9A-Fa-f]{2}/.test(run)) return undefined;
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < run.length; i++) {
    const hex = run.slice(i + 1, i + 3);
    if (run[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      const code = parseInt(hex, 16);
      // Only printable ASCII: multi-byte UTF-8 never forms part of a token.
      out += code >= 0x20 && code < 0x7f ? String.fromCharCode(code) : '\ufffd';
      map.push(origin + i);
      i += 2;
    } else {
      out += run[i];
      map.push(origin + i);
    }
  }
  map.push(origin + run.length);
  return {
    kind: 'url',
    text: out,
    origin,
    originEnd: origin + run.length,
    map: Int32Array.from(map),
  };
}

const B64 = new Int16Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  .split('')
  .forEach((c, i) => (B64[c.charCodeAt(0)] = i));
B64['-'.charCodeAt(0)] = 62;
B64['_'.charCodeAt(0)] = 63;

/** Decodes standard or URL-safe base64 into a Latin-1 string; undefined if not base64. */
export function decodeBase64(input: string): string | undefined {
  const s = input.replace(/=+$/, '');
  if (s.length % 4 === 1) return undefined;
  let out = '';
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const v = B64[s.charCodeAt(i) & 0x7f] as number;
    if (v < 0 || s.charCodeAt(i) > 0x7f) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

function mostlyText(s: string): boolean {
  let printable = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) printable++;
  }
  return printable >= s.length * 0.97;
}

function decodeBase64View(run: string, origin: number): DecodedView | undefined {
  const text = decodeBase64(run);
  if (text === undefined || text.length < 16 || !mostlyText(text)) return undefined;
  return { kind: 'base64', text, origin, originEnd: origin + run.length };
}

/**
 * Calls `fn(bodyStart, bodyEnd)` for each double-quoted string of `line` that holds an escape,
 * in one pass: quotes pair up in order and a string longer than MAX_REGION is stepped over
 * whole. (A regular expression bounded at MAX_REGION retried such a string from each escaped
 * quote inside it, reading it again each time: minutes for one large source map.)
 */
function forEachEscapedString(line: string, fn: (bodyStart: number, bodyEnd: number) => void) {
  let open = line.indexOf('"');
  while (open >= 0) {
    let i = open + 1;
    let escaped = false;
    for (; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 34 || c === 10 || c === 13) break;
      if (c === 92) {
        escaped = true;
        i++;
      }
    }
    if (i >= line.length) return;
    if (line.charCodeAt(i) === 34 && escaped && i - open - 1 >= 8 && i - open - 1 <= MAX_REGION)
      fn(open + 1, i);
    open = line.indexOf('"', i + 1);
  }
}

/** Calls `fn(lineStart, lineEnd)` once for each line holding `needle`, via indexOf only. */
function linesWith(text: string, needle: string, fn: (start: number, end: number) => void): void {
  let at = text.indexOf(needle);
  while (at >= 0) {
    const nl = text.lastIndexOf('\n', at);
    const start = Math.max(nl + 1, at - MAX_REGION);
    let end = text.indexOf('\n', at);
    if (end < 0 || end - at > MAX_REGION) end = Math.min(text.length, at + MAX_REGION);
    fn(start, end);
    at = text.indexOf(needle, end + 1);
  }
}

/**
 * Every decodable region of `text`, bounded in count and size so the cost stays linear.
 * `base64Runs` holds [start, end) pairs of base64 runs found by the keyword pass.
 */
export function decodedViews(text: string, base64Runs: readonly number[]): DecodedView[] {
  const views: DecodedView[] = [];
  const push = (v: DecodedView | undefined) => {
    if (v && views.length < MAX_VIEWS) views.push(v);
  };
  // Only lines with a backslash or a percent escape are examined, so plain text costs one
  // indexOf pass each.
  linesWith(text, '\\', (start, end) => {
    const line = text.slice(start, end);
    forEachEscapedString(line, (from, to) => push(decodeJson(line.slice(from, to), start + from)));
  });
  linesWith(text, '%', (start, end) => {
    const line = text.slice(start, end);
    if (!/%[0-9A-Fa-f]{2}/.test(line)) return;
    for (const m of line.matchAll(URL_RUN)) push(decodeUrl(m[0], start + m.index));
  });
  for (let i = 0; i + 1 < base64Runs.length && views.length < MAX_VIEWS; i += 2) {
    const start = base64Runs[i] as number;
    let end = base64Runs[i + 1] as number;
    if (end - start > MAX_REGION) continue;
    while (end < text.length && end - (base64Runs[i + 1] as number) < 2 && text[end] === '=') end++;
    push(decodeBase64View(text.slice(start, end), start));
  }
  return views;
}
