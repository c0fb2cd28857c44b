import { describe, expect, test } from 'vitest';
import { SLICE_LENGTH, SLICE_OVERLAP, finishScan, scanWithin, sliceScanner } from './scan-slices';

/** A stand-in scanner that finds every occurrence of a marker word. */
const findMarkers = (slice: string) => {
  const out: { start: number; end: number }[] = [];
  for (let i = slice.indexOf('SECRET'); i !== -1; i = slice.indexOf('SECRET', i + 1)) {
    out.push({ start: i, end: i + 6 });
  }
  return out;
};

describe('finishScan over a whole text', () => {
  test('maps offsets back, keeps each finding once, pauses between slices', async () => {
    const cut = SLICE_LENGTH - SLICE_OVERLAP;
    const positions = [5, cut - 3, SLICE_LENGTH - 2, 3 * cut + 100];
    const chars = Array.from({ length: 4 * SLICE_LENGTH }, () => '.');
    for (const p of positions) chars.splice(p, 6, ...'SECRET');
    const text = chars.join('');
    let pauses = 0;
    const found = await finishScan(sliceScanner(text, findMarkers), async () => void pauses++);
    expect(found.map((f) => f.start)).toEqual(positions);
    expect(pauses).toBeGreaterThan(2);
  });

  test('a short text is one slice and never pauses', async () => {
    let pauses = 0;
    const found = await finishScan(
      sliceScanner('x SECRET y', findMarkers),
      async () => void pauses++,
    );
    expect(found).toEqual([{ start: 2, end: 8 }]);
    expect(pauses).toBe(0);
  });
});

describe('scanWithin', () => {
  const text = 'SECRET'.padEnd(3 * SLICE_LENGTH, '.') + 'SECRET';

  test('stops after the slice that used up the budget, and the rest continues from there', async () => {
    let clock = 0;
    const slices: number[] = [];
    const scanner = sliceScanner(text, (slice) => {
      slices.push(slice.length);
      clock += 10;
      return findMarkers(slice);
    });
    expect(scanWithin(scanner, 15, () => clock)).toBe(false);
    expect(slices).toHaveLength(2);
    const found = await finishScan(scanner, async () => undefined);
    expect(found.map((f) => f.start)).toEqual([0, text.length - 6]);
    // Every slice was scanned once: the sync part is not repeated.
    expect(slices).toHaveLength(
      Math.ceil((text.length - SLICE_OVERLAP) / (SLICE_LENGTH - SLICE_OVERLAP)),
    );
  });

  test('a text that fits the budget is decided at once', () => {
    const scanner = sliceScanner(text, findMarkers);
    expect(scanWithin(scanner, 1_000)).toBe(true);
    expect(scanner.findings()).toHaveLength(2);
  });
});
