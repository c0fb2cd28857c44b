import { expect, test } from 'vitest';
import { fake } from './fake';
import { base64Runs, KeywordMatcher } from './prefilter';

function naive(text: string, keywords: string[]): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  keywords.forEach((k, i) => {
    for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1))
      out.push(`${at + k.length}:${i}`);
  });
  return out.sort();
}

test('Aho-Corasick finds every (overlapping, case-folded) keyword occurrence', () => {
  const keywords = ['secret', 'secret_', 'cret', 'aws_secret', 'ghp_', 'a', 'token'];
  const f = fake(5);
  const text = Array.from({ length: 400 }, () =>
    f.pick(['AWS_SECRET', 'secret_x', 'GHP_', 'tok', 'token', 'é', ' ', 'a', 'cretin']),
  ).join('');
  const m = new KeywordMatcher(keywords);
  const got: string[] = [];
  m.forEachHit(text, (k, end) => got.push(`${end}:${k}`));
  expect(got.sort()).toEqual(naive(text, keywords));
});

test('base64 runs of 32+ characters are reported', () => {
  const run = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3';
  const out: number[] = [];
  base64Runs(`x ${run} short abc ${run}`, 0, 2 * run.length + 13, out);
  expect(out).toEqual([2, 2 + run.length, 13 + run.length, 13 + 2 * run.length]);
});
