/**
 * Aho-Corasick over every rule keyword, compiled to a dense DFA over ASCII. ASCII upper case is
 * folded in the transition table, so the text is never copied to lower case: one pass, no
 * allocation proportional to the input. Text that is all ASCII is copied 16 KB at a time into a
 * byte buffer by the native TextEncoder and scanned there: a loop over a Uint8Array runs about
 * 1.5-2x faster in V8 than one over `charCodeAt`.
 */

const WIDTH = 128; // state numbers are premultiplied by WIDTH, so `state >>> 7` is the index
/** Set in a transition that enters a state ending a keyword. */
const OUTPUT_FLAG = 0x40000000;
/** Set in every transition on a base64 character, so runs need no second table. */
const BASE64_FLAG = 0x20000000;
const STATE_MASK = BASE64_FLAG - 1;
/** Hits held before they are reported: (end, state) pairs, so twice the number of hits. */
const HIT_BUFFER = 512;
/** Characters encoded and scanned at a time: the byte buffer stays in cache. */
const CHUNK = 16384;
/** Below this, encoding costs more than it saves. */
const MIN_ENCODE = 256;

/** Keyword index and end offset of the hit. */
export type OnHit = (keyword: number, end: number) => void;

/** Shortest run of base64 characters worth decoding (24 bytes of payload). */
export const BASE64_MIN_RUN = 32;

const BASE64_CHAR = new Uint8Array(WIDTH);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') {
  BASE64_CHAR[ch.charCodeAt(0)] = 1;
}

// A web platform API, not ECMAScript: without it every text takes the charCodeAt loop.
const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;

export class KeywordMatcher {
  readonly keywords: readonly string[];
  /**
   * Transitions indexed by premultiplied state + char; each entry is the next premultiplied
   * state, with OUTPUT_FLAG set when that state ends a keyword and BASE64_FLAG when the char is
   * a base64 one (one load per character).
   */
  private readonly delta: Int32Array;
  /** For each state, the keyword indices ending there (own and inherited through failure). */
  private readonly outputs: (readonly number[] | undefined)[];
  private readonly bytes = new Uint8Array(CHUNK);
  // The loops only record where output states were entered; reporting them happens out of
  // line, every HIT_BUFFER / 2 hits and at the end. With the callback inside the loop V8 kept
  // less of the loop in registers and the scan ran at about half the speed.
  private readonly hits = new Int32Array(HIT_BUFFER);
  /** Longest keyword: how far before its half the second stream of scanHalves starts. */
  private readonly lead: number;
  /** Hits of the second half of a chunk, held until the first half's are reported. */
  private readonly later: Int32Array;
  // Carried from one chunk to the next: automaton state, held hit entries, base64 run length.
  private state = 0;
  private held = 0;
  private run = 0;

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    let capacity = 1;
    for (const word of keywords) capacity += word.length;
    // The engine is built on a page's main thread, where loops run cold: so the DFA is built a
    // row at a time with native copies, and only the trie's edges are visited one by one.
    /** The trie's edges, by state and char; 0 stands for no edge (nothing leads to the root). */
    const trie = new Int32Array(capacity * WIDTH);
    /** The same edges as (char, state) pairs per state, to visit them without the empty cells. */
    const edges: number[][] = [[]];
    const out: number[][] = [[]];
    keywords.forEach((word, index) => {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i) & 0x7f;
        let next = trie[state * WIDTH + c] as number;
        if (next === 0) {
          next = edges.length;
          trie[state * WIDTH + c] = next;
          (edges[state] as number[]).push(c, next);
          edges.push([]);
          out.push([]);
        }
        state = next;
      }
      (out[state] as number[]).push(index);
    });
    const states = edges.length;
    const table = new Int32Array(states * WIDTH);
    const failOf = new Int32Array(states);
    const rootRow = Int32Array.from(BASE64_CHAR, (b) => (b === 1 ? BASE64_FLAG : 0));
    const encode = (next: number, c: number) =>
      next * WIDTH +
      ((out[next] as number[]).length ? OUTPUT_FLAG : 0) +
      (BASE64_CHAR[c] === 1 ? BASE64_FLAG : 0);
    /**
     * Fills a row: the failure state's row (complete, being shallower), then the state's own
     * edges, whose targets' failure states and inherited outputs are settled here; last, A-Z
     * are folded onto a-z so matching is case-insensitive without lower-casing the text.
     */
    const fill = (state: number, failRow: number) => {
      const row = state * WIDTH;
      if (state === 0) table.set(rootRow, 0);
      else table.copyWithin(row, failRow, failRow + WIDTH);
      const own = edges[state] as number[];
      for (let e = 0; e < own.length; e += 2) {
        const c = own[e] as number;
        const next = own[e + 1] as number;
        const fail = state === 0 ? 0 : ((table[failRow + c] as number) & STATE_MASK) / WIDTH;
        failOf[next] = fail;
        const inherited = out[fail] as number[];
        if (inherited.length) (out[next] as number[]).push(...inherited);
        table[row + c] = encode(next, c);
      }
      table.copyWithin(row + 65, row + 97, row + 123);
    };
    // Breadth first from the root, so each failure state's row is filled before it is copied.
    fill(0, 0);
    const queue = (edges[0] as number[]).filter((_, i) => i % 2 === 1);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      fill(state, (failOf[state] as number) * WIDTH);
      const own = edges[state] as number[];
      for (let e = 1; e < own.length; e += 2) queue.push(own[e] as number);
    }
    this.delta = table;
    this.outputs = out.map((o) => (o.length ? o : undefined));
    this.lead = Math.max(1, ...keywords.map((k) => k.length));
    this.later = new Int32Array(CHUNK + 2 * this.lead);
  }

  /**
   * Calls `onHit(keywordIndex, endOffset)` for every keyword occurrence, in text order. With
   * `runs`, also appends [start, end) of every base64 run of BASE64_MIN_RUN+ characters, in the
   * same pass (cheaper than a second pass over a pasted text).
   */
  forEachHit(text: string, onHit: OnHit, runs?: number[]): void {
    this.state = 0;
    this.held = 0;
    this.run = 0;
    for (let from = 0; from < text.length; from += CHUNK) {
      const to = Math.min(text.length, from + CHUNK);
      const bytes = this.asciiBytes(text, from, to);
      if (bytes) this.scanBytes(bytes, to - from, from, onHit, runs);
      else this.scanChars(text, from, to, onHit, runs);
    }
    this.report(onHit);
    if (runs && this.run >= BASE64_MIN_RUN) runs.push(text.length - this.run, text.length);
  }

  /** The chunk as bytes when every character in it is ASCII, else undefined. */
  private asciiBytes(text: string, from: number, to: number): Uint8Array | undefined {
    if (!encoder || to - from < MIN_ENCODE) return undefined;
    const chunk = from === 0 && to === text.length ? text : text.slice(from, to);
    const r = encoder.encodeInto(chunk, this.bytes);
    // Any other character takes two or more bytes, so equal counts mean all ASCII.
    return r.read === to - from && r.written === r.read ? this.bytes : undefined;
  }

  /**
   * The byte loop as two independent streams, one per half of the chunk, interleaved: each
   * step's table load waits for the previous step's, so one stream leaves the CPU idle between
   * loads and two fill that time (about 1.3x faster on this machine). The second stream starts
   * `lead` bytes before its half in the root state; no state is deeper than the longest keyword,
   * so from its half on it is in the same state as a single pass would be, and it keeps only the
   * hits that end there.
   */
  private scanHalves(bytes: Uint8Array, length: number, base: number, onHit: OnHit): void {
    const delta = this.delta;
    const hits = this.hits;
    const later = this.later;
    const mid = length >> 1;
    let a = this.state;
    let b = 0;
    let held = this.held;
    let kept = 0;
    let j = mid - this.lead;
    for (let i = 0; i < mid; i++, j++) {
      const va = delta[a + (bytes[i] as number)] as number;
      const vb = delta[b + (bytes[j] as number)] as number;
      a = va & STATE_MASK;
      b = vb & STATE_MASK;
      if (va >= OUTPUT_FLAG) {
        hits[held++] = base + i + 1;
        hits[held++] = a;
        if (held === HIT_BUFFER) {
          this.held = held;
          this.report(onHit);
          held = 0;
        }
      }
      if (vb >= OUTPUT_FLAG && j >= mid) {
        later[kept++] = base + j + 1;
        later[kept++] = b;
      }
    }
    for (; j < length; j++) {
      const vb = delta[b + (bytes[j] as number)] as number;
      b = vb & STATE_MASK;
      if (vb >= OUTPUT_FLAG && j >= mid) {
        later[kept++] = base + j + 1;
        later[kept++] = b;
      }
    }
    this.held = held;
    this.report(onHit);
    this.reportFrom(later, kept, onHit);
    this.state = b;
  }

  private scanBytes(
    bytes: Uint8Array,
    length: number,
    base: number,
    onHit: OnHit,
    runs: number[] | undefined,
  ): void {
    if (!runs && length >= 4 * this.lead) {
      this.scanHalves(bytes, length, base, onHit);
      return;
    }
    const delta = this.delta;
    const hits = this.hits;
    let state = this.state;
    let held = this.held;
    let run = this.run;
    for (let j = 0; j < length; j++) {
      const v = delta[state + (bytes[j] as number)] as number;
      state = v & STATE_MASK;
      if (v >= OUTPUT_FLAG) {
        hits[held++] = base + j + 1;
        hits[held++] = state;
        if (held === HIT_BUFFER) {
          this.held = held;
          this.report(onHit);
          held = 0;
        }
      }
      if (runs) {
        // Branch-free run counting: word ends are too frequent to predict.
        const b = (v >>> 29) & 1;
        if ((((run - BASE64_MIN_RUN) >>> 31) | b) === 0) runs.push(base + j - run, base + j);
        run = (run + b) * b;
      }
    }
    this.state = state;
    this.held = held;
    this.run = run;
  }

  /** The same loop over characters, for chunks with non-ASCII text; those reset the automaton. */
  private scanChars(
    text: string,
    from: number,
    to: number,
    onHit: OnHit,
    runs: number[] | undefined,
  ): void {
    const delta = this.delta;
    const hits = this.hits;
    let state = this.state;
    let held = this.held;
    let run = this.run;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      // NUL stands for every non-ASCII character: no keyword holds it, nor does base64.
      const v = delta[state + (c < WIDTH ? c : 0)] as number;
      state = v & STATE_MASK;
      if (v >= OUTPUT_FLAG) {
        hits[held++] = i + 1;
        hits[held++] = state;
        if (held === HIT_BUFFER) {
          this.held = held;
          this.report(onHit);
          held = 0;
        }
      }
      if (runs) {
        const b = (v >>> 29) & 1;
        if ((((run - BASE64_MIN_RUN) >>> 31) | b) === 0) runs.push(i - run, i);
        run = (run + b) * b;
      }
    }
    this.state = state;
    this.held = held;
    this.run = run;
  }

  private report(onHit: OnHit): void {
    const n = this.held;
    this.held = 0;
    this.reportFrom(this.hits, n, onHit);
  }

  private reportFrom(hits: Int32Array, n: number, onHit: OnHit): void {
    for (let h = 0; h < n; h += 2) {
      const end = hits[h] as number;
      for (const k of this.outputs[(hits[h + 1] as number) >>> 7] as number[]) onHit(k, end);
    }
  }
}

/** Appends [start, end) of every base64 run of at least BASE64_MIN_RUN characters in [from, to). */
export function base64Runs(text: string, from: number, to: number, out: number[]): void {
  let run = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < WIDTH && BASE64_CHAR[c] === 1) {
      run++;
      continue;
    }
    if (run >= BASE64_MIN_RUN) out.push(i - run, i);
    run = 0;
  }
  if (run >= BASE64_MIN_RUN) out.push(to - run, to);
}
