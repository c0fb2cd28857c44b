/**
 * Aho-Corasick over every rule keyword, compiled to a dense DFA over ASCII. ASCII upper case is
 * folded in the transition table, so the text is never copied to lower case: one pass, no
 * allocation proportional to the input. Text that is all ASCII is copied 16 KB at a time into a
 * byte buffer by the native TextEncoder and scanned there: a loop over a Uint8Array runs about
 * 1.5-2x faster in V8 than one over `charCodeAt`.
 */

const WIDTH = 128; // state numbers are premultiplied by WIDTH, so `state >>> 7` is the index
/** Set in a transition that enters a state ending a keyword, or one whose row is not filled yet. */
const OUTPUT_FLAG = 0x40000000;
/** Set in every transition on a base64 character, so runs need no second table. */
const BASE64_FLAG = 0x20000000;
/** Set (with OUTPUT_FLAG, so the loops' rare branch sees it) in a transition to an unfilled row. */
const UNFILLED_FLAG = 0x10000000;
const STATE_MASK = UNFILLED_FLAG - 1;
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
  /** For each state, the keyword indices ending there: its own, then its failure state's. */
  private readonly outputs: (readonly number[] | undefined)[];
  /** The keyword indices ending exactly at each state (nothing inherited). */
  private readonly own: (number[] | undefined)[];
  /** The trie, to fill a row: see the constructor. */
  private readonly firstChild: Int32Array;
  private readonly sibling: Int32Array;
  private readonly charOf: Uint8Array;
  /**
   * Each state's failure state (the longest proper suffix of its path that is in the trie), set
   * when its parent's row is filled.
   */
  private readonly failOf: Int32Array;
  /** 1 for each state whose row of `delta` is filled. */
  private readonly filled: Uint8Array;
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
    // Only the trie is built here, in a few typed arrays (no object per state: the collector's
    // work counted too); a state's row of the DFA is filled the first time the scan enters that
    // state (`settle`), and its children's failure states then. The engine is built on a page's
    // main thread, sometimes while a paste waits for it, and a paste of ordinary text enters a
    // few dozen of the 2,400 states: filling every row (1.2 MB) took most of the build, and
    // every failure state, found up front in interpreted code, most of what was left.
    let capacity = 1;
    for (const word of keywords) capacity += word.length;
    // Children as linked lists: the first child of a state, each child's next sibling (0, the
    // root, ends a list: it is nobody's child), and the char leading to each state.
    const firstChild = new Int32Array(capacity);
    const sibling = new Int32Array(capacity);
    const charOf = new Uint8Array(capacity);
    // The root's children are also indexed by char: every keyword's first char is looked up
    // there, and its list of ~60 children, walked in interpreted code, took a third of the build.
    const rootChild = new Int32Array(WIDTH);
    const own: (number[] | undefined)[] = [];
    let states = 1;
    keywords.forEach((word, index) => {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i) & 0x7f;
        let next: number;
        if (state === 0) next = rootChild[c] as number;
        else {
          next = firstChild[state] as number;
          while (next !== 0 && charOf[next] !== c) next = sibling[next] as number;
        }
        if (next === 0) {
          next = states++;
          charOf[next] = c;
          sibling[next] = firstChild[state] as number;
          firstChild[state] = next;
          if (state === 0) rootChild[c] = next;
        }
        state = next;
      }
      (own[state] ??= []).push(index);
    });
    own.length = states;
    this.firstChild = firstChild;
    this.sibling = sibling;
    this.charOf = charOf;
    this.failOf = new Int32Array(states);
    this.filled = new Uint8Array(states);
    this.delta = new Int32Array(states * WIDTH);
    this.own = own;
    this.outputs = new Array<readonly number[] | undefined>(states);
    this.lead = Math.max(1, ...keywords.map((k) => k.length));
    this.later = new Int32Array(CHUNK + 2 * this.lead);
    this.fill(0);
  }

  /**
   * Fills every row, for idle time, so that no later scan pays for one. Rows filled before hold
   * marked transitions (and pass them on to the rows copied from them), so all are filled again,
   * breadth first: each row's failure row is then final before it is copied.
   */
  fillAll(): void {
    this.filled.fill(1);
    const order = new Int32Array(this.filled.length);
    for (let head = 0, tail = 1; head < tail; head++) {
      const state = order[head] as number;
      this.fill(state);
      for (let next = this.firstChild[state] as number; next !== 0;) {
        order[tail++] = next;
        next = this.sibling[next] as number;
      }
    }
  }

  /** The transition into `next` on `c`, once `next`'s row is filled. */
  private encode(next: number, c: number): number {
    const flags =
      this.filled[next] !== 1 ? OUTPUT_FLAG | UNFILLED_FLAG : this.outputs[next] ? OUTPUT_FLAG : 0;
    return (next * WIDTH) | flags | (BASE64_CHAR[c] === 1 ? BASE64_FLAG : 0);
  }

  /**
   * Fills a state's row: its failure state's row (filled first, being shallower), then its own
   * edges; last, A-Z are folded onto a-z so matching is case-insensitive without lower-casing
   * the text. Each child's failure state and outputs are settled here too: the child's failure
   * state is where this state's failure row goes on the child's char. No row is needed before
   * a transition into its state exists, and that transition was first made in its parent's row,
   * so every state's failure state is known by the time its row is filled.
   */
  private fill(state: number): void {
    const table = this.delta;
    const row = state * WIDTH;
    const fail = this.failOf[state] as number;
    if (state === 0) {
      for (let c = 0; c < WIDTH; c++) table[c] = BASE64_CHAR[c] === 1 ? BASE64_FLAG : 0;
      this.outputs[0] = this.own[0];
    } else {
      if (this.filled[fail] !== 1) this.fill(fail);
      table.copyWithin(row, fail * WIDTH, fail * WIDTH + WIDTH);
    }
    this.filled[state] = 1;
    for (let next = this.firstChild[state] as number; next !== 0;) {
      const c = this.charOf[next] as number;
      const nextFail = state === 0 ? 0 : ((table[fail * WIDTH + c] as number) & STATE_MASK) >>> 7;
      this.failOf[next] = nextFail;
      const own = this.own[next];
      const inherited = this.outputs[nextFail];
      this.outputs[next] = own && inherited ? [...own, ...inherited] : (own ?? inherited);
      table[row + c] = this.encode(next, c);
      next = this.sibling[next] as number;
    }
    table.copyWithin(row + 65, row + 97, row + 123);
  }

  /**
   * Called by the loops' rare branch for a transition marked unfilled: fills the target's row,
   * rewrites the transition without the mark and returns it. Copies of the marked transition in
   * other rows are rewritten when they are taken.
   */
  private settle(cell: number): number {
    const next = ((this.delta[cell] as number) & STATE_MASK) >>> 7;
    if (this.filled[next] !== 1) this.fill(next);
    const v = this.encode(next, cell & (WIDTH - 1));
    this.delta[cell] = v;
    return v;
  }

  /** For a transition in the rare branch (`v >= OUTPUT_FLAG`): whether it ends a keyword. */
  private endsKeyword(v: number, cell: number): boolean {
    return (v & UNFILLED_FLAG) === 0 || this.settle(cell) >= OUTPUT_FLAG;
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
   * loads and two fill that time. The second stream starts
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
      const ca = a + (bytes[i] as number);
      const cb = b + (bytes[j] as number);
      const va = delta[ca] as number;
      const vb = delta[cb] as number;
      a = va & STATE_MASK;
      b = vb & STATE_MASK;
      if (va >= OUTPUT_FLAG && this.endsKeyword(va, ca)) {
        hits[held++] = base + i + 1;
        hits[held++] = a;
        if (held === HIT_BUFFER) {
          this.held = held;
          this.report(onHit);
          held = 0;
        }
      }
      // The row is filled even before `mid`, where the hit itself is not kept.
      if (vb >= OUTPUT_FLAG && this.endsKeyword(vb, cb) && j >= mid) {
        later[kept++] = base + j + 1;
        later[kept++] = b;
      }
    }
    for (; j < length; j++) {
      const cb = b + (bytes[j] as number);
      const vb = delta[cb] as number;
      b = vb & STATE_MASK;
      if (vb >= OUTPUT_FLAG && this.endsKeyword(vb, cb) && j >= mid) {
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
      const cell = state + (bytes[j] as number);
      const v = delta[cell] as number;
      state = v & STATE_MASK;
      if (v >= OUTPUT_FLAG && this.endsKeyword(v, cell)) {
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
      const cell = state + (c < WIDTH ? c : 0);
      const v = delta[cell] as number;
      state = v & STATE_MASK;
      if (v >= OUTPUT_FLAG && this.endsKeyword(v, cell)) {
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
