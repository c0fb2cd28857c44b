/**
 * Scanning very large pastes without freezing the page: the text is cut into overlapping slices
 * scanned in separate tasks. The overlap is longer than any credential the detectors know (a
 * 4096-bit RSA key in PEM is about 3.3 KB), so a secret across a cut is seen whole in one slice.
 */

export interface SliceFinding {
  start: number;
  end: number;
}

export const SLICE_LENGTH = 256 * 1024;
export const SLICE_OVERLAP = 16 * 1024;

/**
 * Runs `scanSlice` over `text` slice by slice, awaiting `pause()` between slices, and returns
 * the findings with offsets into the whole text, sorted and without duplicates or overlaps.
 */
export async function scanInSlices<F extends SliceFinding>(
  text: string,
  scanSlice: (slice: string) => F[],
  pause: () => Promise<void>,
): Promise<F[]> {
  const found: F[] = [];
  for (let offset = 0; offset < text.length; offset += SLICE_LENGTH - SLICE_OVERLAP) {
    const slice = text.slice(offset, offset + SLICE_LENGTH);
    for (const finding of scanSlice(slice)) {
      found.push({ ...finding, start: finding.start + offset, end: finding.end + offset });
    }
    if (offset + SLICE_LENGTH >= text.length) break;
    await pause();
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: F[] = [];
  for (const finding of found) {
    const last = merged[merged.length - 1];
    if (last && finding.start < last.end) continue;
    merged.push(finding);
  }
  return merged;
}
