import { describe, expect, test } from 'vitest';
import { replaceSpans } from './splice';

describe('replaceSpans', () => {
  test('replaces only the spans and keeps the text around them', () => {
    const text = 'token: AAA and BBB, thanks';
    const spans = [
      { start: 7, end: 10 },
      { start: 15, end: 18 },
    ];
    expect(replaceSpans(text, spans, ['<1>', '<2>'])).toBe('token: <1> and <2>, thanks');
  });

  test('no spans leaves the text as it was', () => {
    expect(replaceSpans('hello', [], [])).toBe('hello');
  });

  test('refuses overlapping spans and mismatched replacements', () => {
    expect(() =>
      replaceSpans(
        'abcdef',
        [
          { start: 0, end: 3 },
          { start: 2, end: 4 },
        ],
        ['x', 'y'],
      ),
    ).toThrow(/non-overlapping/);
    expect(() => replaceSpans('abc', [{ start: 0, end: 1 }], [])).toThrow(/Expected 1/);
  });
});
