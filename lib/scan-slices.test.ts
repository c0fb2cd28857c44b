import { describe, expect, test } from 'vitest';
import { SLICE_LENGTH, SLICE_OVERLAP, scanInSlices } from './scan-slices';

/** A stand-in scanner that finds every occurrence of a marker word. */
const findMarkers = (slice: string) => {
  const out: { start: number; end: number }[] = [];
  for (let i = slice.indexOf('SECRET'); i !== -1; i = slice.indexOf('SECRET', i + 1)) {
    out.push({ start: i, end: i + 6 });
  }
  return out;
};

describe('scanInSlices', () => {
  test('maps offsets back, keeps each finding once, pauses between slices', async () => {
    const cut = SLICE_LENGTH - SLICE_OVERLAP;
    const positions = [5, cut - 3, SLICE_LENGTH - 2, 3 * cut + 100];
    const chars = Array.from({ length: 4 * SLICE_LENGTH }, () => '.');
    for (const p of positions) chars.splice(p, 6, ...'SECRET');
    const text = chars.join('');
    let pauses = 0;
    const found = await scanInSlices(text, findMarkers, async () => void pauses++);
    expect(found.map((f) => f.start)).toEqual(positions);
    expect(pauses).toBeGreaterThan(2);
  });

  test('a short text is one slice and never pauses', async () => {
    let pauses = 0;
    const found = await scanInSlices('x SECRET y', findMarkers, async () => void pauses++);
    expect(found).toEqual([{ start: 2, end: 8 }]);
    expect(pauses).toBe(0);
  });
});
