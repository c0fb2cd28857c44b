/**
 * Aho-Corasick over every rule keyword, compiled to a dense DFA over ASCII. ASCII upper case is
 * folded in the transition table, so the text is never copied to lower case: one pass, no
 * allocation proportional to the input.
 */

const WIDTH = 128; // state numbers are premultiplied by WIDTH, so `state >>> 7` is the index

export class KeywordMatcher {
  readonly keywords: readonly string[];
  /**
   * Transitions indexed by premultiplied state + char; each entry is the next premultiplied
   * state, with OUTPUT_FLAG set when that state ends a keyword (one load per character).
   */
  private readonly delta: Int32Array;
  /** For each state, the keyword indices ending there (own and inherited through failure). */
  private readonly outputs: (readonly number[] | undefined)[];

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    const trie: number[][] = [[]];
    const out: number[][] = [[]];
    keywords.forEach((word, index) => {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i) & 0x7f;
        let next = trie[state]?.[c];
        if (next === undefined) {
          next = trie.length;
          trie.push([]);
          out.push([]);
          (trie[state] as number[])[c] = next;
        }
        state = next;
      }
      (out[state] as number[]).push(index);
    });

    const delta = new Int32Array(trie.length * WIDTH);
    const fail = new Int32Array(trie.length);
    const queue: number[] = [];
    for (let c = 0; c < WIDTH; c++) {
      const next = trie[0]?.[c];
      if (next !== undefined) {
        delta[c] = next;
        queue.push(next);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const f = fail[state] as number;
      const inherited = out[f] as number[];
      if (inherited.length) (out[state] as number[]).push(...inherited);
      for (let c = 0; c < WIDTH; c++) {
        const next = trie[state]?.[c];
        if (next === undefined) {
          delta[state * WIDTH + c] = delta[f * WIDTH + c] as number;
        } else {
          delta[state * WIDTH + c] = next;
          fail[next] = delta[f * WIDTH + c] as number;
          queue.push(next);
        }
      }
    }
    // Fold A-Z onto a-z so matching is case-insensitive without lower-casing the text.
    for (let s = 0; s < trie.length; s++) {
      for (let c = 65; c <= 90; c++) delta[s * WIDTH + c] = delta[s * WIDTH + c + 32] as number;
    }
    for (let i = 0; i < delta.length; i++) {
      const next = delta[i] as number;
      delta[i] = next * WIDTH + ((out[next] as number[]).length ? OUTPUT_FLAG : 0);
    }
    this.delta = delta;
    this.outputs = out.map((o) => (o.length ? o : undefined));
  }

  /**
   * Calls `onHit(keywordIndex, endOffset, lastNewline)` for every keyword occurrence, in text
   * order; `lastNewline` is the offset of the last line feed before the hit, or -1. With
   * `runs`, also appends [start, end) of every base64 run of BASE64_MIN_RUN+ characters, in the
   * same pass (cheaper than a second pass over a pasted text).
   */
  forEachHit(text: string, onHit: OnHit, runs?: number[]): void {
    if (runs) {
      this.withRuns(text, onHit, runs);
      return;
    }
    const delta = this.delta;
    const outputs = this.outputs;
    let state = 0;
    let newline = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= WIDTH) {
        state = 0;
        continue;
      }
      if (c === 10) newline = i;
      const v = delta[state + c] as number;
      state = v & STATE_MASK;
      if (v >= OUTPUT_FLAG)
        for (const k of outputs[state >>> 7] as number[]) onHit(k, i + 1, newline);
    }
  }

  // A copy of the loop above with run tracking, used for pastes, whose rules search the whole
  // text and so need no line offsets. Kept separate so the plain loop stays lean.
  private withRuns(text: string, onHit: OnHit, runs: number[]): void {
    const delta = this.delta;
    const outputs = this.outputs;
    let state = 0;
    let run = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < WIDTH) {
        const v = delta[state + c] as number;
        state = v & STATE_MASK;
        if (v >= OUTPUT_FLAG) for (const k of outputs[state >>> 7] as number[]) onHit(k, i + 1, -1);
        if (BASE64_CHAR[c] === 1) {
          run++;
          continue;
        }
      } else {
        state = 0;
      }
      if (run >= BASE64_MIN_RUN) runs.push(i - run, i);
      run = 0;
    }
    if (run >= BASE64_MIN_RUN) runs.push(text.length - run, text.length);
  }
}

/** Keyword index, end offset of the hit, offset of the last line feed before it (or -1). */
export type OnHit = (keyword: number, end: number, newline: number) => void;

const OUTPUT_FLAG = 0x40000000;
const STATE_MASK = OUTPUT_FLAG - 1;

/** Shortest run of base64 characters worth decoding (24 bytes of payload). */
export const BASE64_MIN_RUN = 32;

const BASE64_CHAR = new Uint8Array(WIDTH);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') {
  BASE64_CHAR[ch.charCodeAt(0)] = 1;
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
