import { expect, test } from 'vitest';
import { fake } from '../fake';
import { scan } from '../index';
import { armor, PRIVATE_KEY, rsaShapedDer } from '../fake-keys';
import { crc32, toBase62 } from '../validators/checksum';
import { HALF, TextScanner } from './scan-text';

const f = fake(91);
const github = () => {
  const body = f.chars(30);
  return 'gh' + 'p_' + body + toBase62(crc32(body), 6);
};
// A 12 KB key block, so that some secrets span a chunk's edge over many lines.
const pgp = () => armor('RSA ' + PRIVATE_KEY, rsaShapedDer(16_384, f));

/** Line and column of `offset`, counted the simple way. */
function where(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

test('chunked scan finds what a whole scan finds, once, at the same place', () => {
  const chunk = 2 * HALF + 40_000;
  const step = chunk - 2 * HALF;
  // Every place where a chunk starts or ends, or where ownership passes to the next chunk.
  const edges: number[] = [];
  for (let base = 0; base < 1_400_000; base += step)
    edges.push(base, base + chunk - HALF, base + chunk);
  edges.sort((a, b) => a - b);

  let text = '';
  const filler = (to: number) => {
    while (text.length < to) {
      // Mostly short lines of code, with now and then one long minified line, so that some
      // chunks start in the middle of a line.
      text +=
        f.int(0, 40) === 0
          ? `var ${f.chars(200_000, 'alnumLower').replace(/(.{40})/g, '$1;')}\n`
          : `const ${f.chars(8, 'lower')} = compute(${f.int(0, 999)}, "${f.chars(12, 'lower')}");\n`;
    }
  };
  for (const [i, edge] of edges.entries()) {
    const secret = i % 5 === 2 ? pgp() : github();
    filler(edge - (i % 2 ? 10 : secret.length >> 1));
    text += ` ${i % 3 ? 'token: ' : ''}${secret}\n`;
  }
  filler(text.length + 1000);

  const whole = scan(text).map((s) => ({ ...where(text, s.start), ...s }));
  expect(whole.length).toBeGreaterThanOrEqual(edges.length);

  const scanner = new TextScanner('t', { minConfidence: 'low', chunk });
  for (let at = 0; at < text.length; at += 100_003) scanner.push(text.slice(at, at + 100_003));
  const chunked = scanner.end().map(({ line, column, finding }) => ({ line, column, ...finding }));
  expect(chunked).toEqual(whole);
});

test('staged lines filter across chunks', () => {
  const chunk = 2 * HALF + 40_000;
  const token = github();
  const lines = Array.from({ length: 120_000 }, (_, i) =>
    i % 4000 === 7 ? `t=${token}` : `x${i}`,
  );
  const text = lines.join('\n');
  const keep = new Set([8, 100_008]);
  const scanner = new TextScanner('t', { minConfidence: 'low', chunk, keepLines: keep });
  scanner.push(text);
  expect(scanner.end().map((l) => [l.line, l.column])).toEqual([
    [8, 3],
    [100_008, 3],
  ]);
});
