import { expect, test } from 'vitest';
import { globMatcher } from './glob';

test('globs: names at any depth, anchored paths, directories and everything below', () => {
  const m = globMatcher([
    '*.min.js',
    'fixtures',
    'test/data/**',
    '/build/',
    'docs/*.md',
    'a/**/z.txt',
  ]);
  for (const path of [
    'app.min.js',
    'src/lib/app.min.js',
    'fixtures/x.ts',
    'src/fixtures/deep/x.ts',
    'test/data/a/b.json',
    'build/out.js',
    'docs/intro.md',
    'a/z.txt',
    'a/b/c/z.txt',
  ])
    expect(m(path), path).toBe(true);
  for (const path of [
    'app.js',
    'min.js.map',
    'src/fixtures.ts',
    'test/database.json',
    'src/build/out.js',
    'docs/guide/intro.md',
    'b/a/z.txt',
  ])
    expect(m(path), path).toBe(false);
});

test('globs take time bounded by pattern times path, with no backtracking blow-up', () => {
  const m = globMatcher([`${'*a'.repeat(100)}b`, `${'**/a/'.repeat(50)}b`]);
  const start = performance.now();
  expect(m('a'.repeat(250))).toBe(false);
  expect(m(Array.from({ length: 200 }, () => 'a').join('/'))).toBe(false);
  expect(performance.now() - start).toBeLessThan(500);
});
