/**
 * Scanning large texts without freezing the page: the text is cut into overlapping slices, as
 * many scanned at once as fit in a time budget, the rest in later tasks. The overlap is longer
 * than any credential plus the context a rule looks at (a 4096-bit RSA key in PEM is about 3.3 KB;
 * keyword triggers reach 8 KB), so a secret across a cut is seen whole in one slice.
 */

export interface SliceFinding {
  start: number;
  end: number;
}

/** Small enough that one slice costs a few milliseconds, so a time budget is kept closely. */
export const SLICE_LENGTH = 128 * 1024;
export const SLICE_OVERLAP = 16 * 1024;

export interface SliceScanner<F> {
  /** Scans the next slice; true once the whole text has been scanned. */
  step(): boolean;
  /** The findings, offsets into the whole text, sorted, without duplicates or overlaps. */
  findings(): F[];
}

export function sliceScanner<F extends SliceFinding>(
  text: string,
  scanSlice: (slice: string) => F[],
): SliceScanner<F> {
  const found: F[] = [];
  let offset = 0;
  let done = false;
  return {
    step() {
      if (done) return true;
      // A text that fits in one slice is scanned as it is, without a copy.
      const whole = offset === 0 && text.length <= SLICE_LENGTH;
      const slice = whole ? text : text.slice(offset, offset + SLICE_LENGTH);
      for (const finding of scanSlice(slice)) {
        found.push(
          offset === 0
            ? finding
            : { ...finding, start: finding.start + offset, end: finding.end + offset },
        );
      }
      if (offset + SLICE_LENGTH >= text.length) done = true;
      else offset += SLICE_LENGTH - SLICE_OVERLAP;
      return done;
    },
    findings() {
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      const merged: F[] = [];
      for (const finding of found) {
        const last = merged[merged.length - 1];
        if (last && finding.start < last.end) continue;
        merged.push(finding);
      }
      return merged;
    },
  };
}

/**
 * Scans whole slices until the text is done or `budgetMs` has passed; true when done. The time is
 * checked between slices, so the budget is overrun by at most one slice.
 */
export function scanWithin<F>(
  scanner: SliceScanner<F>,
  budgetMs: number,
  now: () => number = () => performance.now(),
): boolean {
  const start = now();
  while (!scanner.step()) {
    if (now() - start >= budgetMs) return false;
  }
  return true;
}

/** Scans the rest of the text one slice per task, awaiting `pause()` between slices. */
export async function finishScan<F>(
  scanner: SliceScanner<F>,
  pause: () => Promise<void>,
): Promise<F[]> {
  while (!scanner.step()) await pause();
  return scanner.findings();
}
