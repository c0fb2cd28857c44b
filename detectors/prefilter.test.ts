import { expect, test, vi } from 'vitest';
import { fake } from './fake';
import { base64Runs, KeywordMatcher } from './prefilter';
import { allRules } from './all-rules';

function naive(text: string, keywords: string[]): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  keywords.forEach((k, i) => {
    for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1))
      out.push(`${at + k.length}:${i}`);
  });
  return out.sort();
}

function hits(m: KeywordMatcher, text: string, runs?: number[]): string[] {
  const got: string[] = [];
  m.forEachHit(text, (k, end) => got.push(`${end}:${k}`), runs);
  return got;
}

const keywords = ['secret', 'secret_', 'cret', 'aws_secret', 'ghp_', 'a', 'token'];
const pieces = ['AWS_SECRET', 'secret_x', 'GHP_', 'tok', 'token', ' ', 'a', 'cretin', 'QUJD'];

test('Aho-Corasick finds every (overlapping, case-folded) keyword occurrence', () => {
  const f = fake(5);
  const text = Array.from({ length: 400 }, () => f.pick([...pieces, 'é'])).join('');
  const m = new KeywordMatcher(keywords);
  expect(hits(m, text).sort()).toEqual(naive(text, keywords));
});

test('every rule keyword is found wherever it occurs, also inside and across other keywords', () => {
  const all = [...new Set(allRules.flatMap((rule) => rule.keywords))];
  const f = fake(8);
  // Keywords cut and glued at random, half upper-cased, so hits overlap and suffixes of one
  // keyword start another: the failure links of the real automaton all get used.
  const text = Array.from({ length: 3000 }, () => {
    const word = f.pick(all);
    const cut = word.slice(f.int(0, word.length - 1));
    return f.int(0, 1) ? cut.toUpperCase() : cut;
  }).join('');
  expect(hits(new KeywordMatcher(all), text).sort()).toEqual(naive(text, all));
});

const texts0 = () => 'GHP_ secret_ aws_secret token slack xox sk-proj'.repeat(3);

test('a matcher whose rows fill as texts enter them finds what one filled up front does', () => {
  const all = [...new Set(allRules.flatMap((rule) => rule.keywords))];
  const f = fake(9);
  const lazy = new KeywordMatcher(all);
  const eager = new KeywordMatcher(all);
  lazy.forEachHit(texts0(), () => {});
  // Filled up front after some rows had filled on first use, as the guard does at idle.
  eager.forEachHit(texts0(), () => {});
  eager.fillAll();
  const settle = vi.spyOn(eager as unknown as { settle(cell: number): number }, 'settle');
  // Short texts first, each entering a few new states, through every loop: characters (short or
  // non-ASCII), bytes with base64 runs, and the two-stream byte loop; then one long text.
  const texts = Array.from({ length: 40 }, (_, i) => {
    const words = Array.from({ length: 5 + i * 20 }, () => {
      const word = f.pick(all);
      return f.int(0, 2) ? word.slice(f.int(0, word.length - 1)) : word.toUpperCase();
    });
    return words.join(i % 3 === 0 ? 'é' : ' ');
  });
  for (const text of texts) {
    const runs = text.length % 2 ? [] : undefined;
    const expected = naive(text, all);
    expect(hits(lazy, text, runs).sort()).toEqual(expected);
    expect(hits(eager, text, runs).sort()).toEqual(expected);
  }
  expect(settle).not.toHaveBeenCalled();
});

test('texts of many chunks, ASCII or not, lose no hit at a chunk edge and keep text order', () => {
  const f = fake(6);
  const m = new KeywordMatcher(keywords);
  // Over 100 KB: keywords straddle the 16 KB chunk edges; some chunks hold non-ASCII text
  // (scanned by the character loop), most do not (scanned as bytes).
  const parts: string[] = [];
  for (let size = 0; size < 100_000;) {
    const piece = f.int(0, 300) === 0 ? 'é' : f.pick(pieces);
    parts.push(piece);
    size += piece.length;
  }
  for (const text of [parts.join(''), parts.join('').replace(/é/g, '')]) {
    const got = hits(m, text);
    expect(got.length).toBeGreaterThan(1000);
    expect(got.slice().sort()).toEqual(naive(text, keywords));
    const ends = got.map((h) => Number(h.split(':')[0]));
    expect(ends).toEqual(ends.slice().sort((x, y) => x - y));
  }
});

test('a keyword across any chunk edge or half-chunk point is found once, at any offset', () => {
  const m = new KeywordMatcher(keywords);
  // The byte loop works in 16 KB chunks, each scanned as two interleaved halves.
  for (let offset = 1; offset < 'aws_secret'.length; offset++) {
    const chars = Array.from({ length: 65536 }, () => 'y');
    for (let edge = 8192; edge < chars.length; edge += 8192) {
      chars.splice(edge - offset, 10, ...'aws_secret');
    }
    const text = chars.join('');
    expect(hits(m, text).sort()).toEqual(naive(text, keywords));
  }
});

test('base64 runs of 32+ characters are reported', () => {
  const run = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3';
  const out: number[] = [];
  base64Runs(`x ${run} short abc ${run}`, 0, 2 * run.length + 13, out);
  expect(out).toEqual([2, 2 + run.length, 13 + run.length, 13 + 2 * run.length]);
});

test('the keyword pass reports the same base64 runs, across chunks and at the very end', () => {
  const f = fake(7);
  const m = new KeywordMatcher(keywords);
  const parts: string[] = [];
  for (let size = 0; size < 60_000;) {
    const piece = f.int(0, 500) === 0 ? 'é' : f.pick([' ', '\n', f.chars(f.int(1, 70), 'base64')]);
    parts.push(piece);
    size += piece.length;
  }
  const long = parts.join('') + f.chars(40, 'base64');
  const texts = [long, long.replace(/é/g, ''), 'x'.repeat(33), 'é' + 'x'.repeat(33)];
  for (const text of texts) {
    const expected: number[] = [];
    base64Runs(text, 0, text.length, expected);
    const runs: number[] = [];
    hits(m, text, runs);
    expect(runs).toEqual(expected);
  }
});
