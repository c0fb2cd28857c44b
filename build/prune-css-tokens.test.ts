import { describe, expect, it } from 'vitest';
import { pruneCustomProperties } from './prune-css-tokens';

describe('pruneCustomProperties', () => {
  it('keeps the tokens that var() reads and drops the rest, in every block', () => {
    const css =
      ':root,.a{--x:1px;--unused:red;--y:0 1px 2px #000}' +
      '@media (prefers-color-scheme:dark){:root,.a{--unused:blue;--x:2px}}' +
      '.b{padding:var(--x);box-shadow:var( --y)}';
    expect(pruneCustomProperties(css)).toBe(
      ':root,.a{--x:1px;--y:0 1px 2px #000}' +
        '@media (prefers-color-scheme:dark){:root,.a{--x:2px}}' +
        '.b{padding:var(--x);box-shadow:var( --y)}',
    );
  });

  it('keeps a token that only another kept token reads', () => {
    const css = '.a{--base:4px;--gap:calc(var(--base)*2)}.b{margin:var(--gap)}';
    expect(pruneCustomProperties(css)).toBe(css);
  });

  it('leaves a sheet without custom properties alone', () => {
    expect(pruneCustomProperties('.a{color:red}')).toBe('.a{color:red}');
  });
});
