import { expect, test } from 'vitest';
import { Progress } from './progress';

function terminal(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, columns: 60, writes, write: (s: string) => writes.push(s) };
}

test('a terminal gets one throttled line after two seconds, cleared at the end', () => {
  const stream = terminal(true);
  let now = 1000;
  const p = new Progress(stream, 500, () => now);
  p.update(10, 5e6, 0);
  now += 1900;
  p.update(20, 9e6, 1);
  expect(stream.writes).toEqual([]);
  now += 200; // 2.1 s
  p.update(30, 21e6, 2);
  now += 100;
  p.update(31, 22e6, 2); // too soon after the last draw
  expect(stream.writes).toEqual(['\rkeywarden: 30/500 files, 10.0 MB/s, 2 findings\x1b[K']);
  p.clear();
  p.clear();
  expect(stream.writes.slice(1)).toEqual(['\r\x1b[K']);
});

test('stdin shows bytes; the line never outgrows the terminal', () => {
  const stream = { ...terminal(true), columns: 30 };
  let now = 0;
  const p = new Progress(stream, undefined, () => now);
  now = 4000;
  p.update(0, 8e6, 1);
  expect(stream.writes).toEqual(['\rkeywarden: 8.0 MB, 2.0 MB/s, \x1b[K']);
});

test('a terminal that gives no width gets 80 columns', () => {
  const stream = { ...terminal(true), columns: 0 };
  let now = 0;
  const p = new Progress(stream, 3, () => now);
  now = 3000;
  p.update(1, 0, 0);
  expect(stream.writes).toEqual(['\rkeywarden: 1/3 files, 0.0 MB/s, 0 findings\x1b[K']);
});

test('nothing at all when stderr is not a terminal', () => {
  const stream = terminal(false);
  let now = 0;
  const p = new Progress(stream, 10, () => now);
  now = 60_000;
  p.update(5, 1e6, 3);
  p.clear();
  expect(stream.writes).toEqual([]);
});
