import { expect, test } from 'vitest';
import { fake } from '../detectors/fake';
import { contextLine } from './eval-wild-context';

const f = fake(7);

test('context shows the alarm redacted, with 40 characters either side on one line', () => {
  const secret = f.chars(40);
  const before = 'const x = 1;\n'.repeat(10);
  const text = `${before}password = "${secret}";\nnext line`;
  const start = text.indexOf(secret);
  const line = contextLine(text, [{ start, end: start + secret.length }], 0);
  expect(line).toBe(
    `${before.slice(-28).replace(/\n/g, ' ')}password = "⟦…${secret.slice(-4)}⟧"; next line`,
  );
  expect(line).not.toContain(secret.slice(0, 8));
});

test('other alarm spans in view are redacted too, even when cut by the window', () => {
  const a = f.chars(30);
  const b = f.chars(60);
  const text = `k=${b}; t=${a}; k=${b}`;
  const spans = [
    { start: 2, end: 2 + b.length },
    { start: text.indexOf(a), end: text.indexOf(a) + a.length },
    { start: text.lastIndexOf(b), end: text.lastIndexOf(b) + b.length },
  ];
  const line = contextLine(text, spans, 1);
  expect(line).toBe(`…${b.slice(-4)}; t=⟦…${a.slice(-4)}⟧; k=…${b.slice(-4)}`);
});
