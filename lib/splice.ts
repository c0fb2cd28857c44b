/** Pure text surgery for the guard: swap each secret span for its replacement, keep the rest. */

export interface Span {
  start: number;
  end: number;
}

/**
 * Replaces `spans` (sorted, non-overlapping, as the detectors return them) with the matching
 * entry of `replacements`. Everything between the spans is kept byte for byte.
 */
export function replaceSpans(
  text: string,
  spans: readonly Span[],
  replacements: readonly string[],
) {
  if (spans.length !== replacements.length) {
    throw new Error(`Expected ${spans.length} replacements, got ${replacements.length}`);
  }
  let out = '';
  let cursor = 0;
  spans.forEach((span, i) => {
    if (span.start < cursor || span.end < span.start || span.end > text.length) {
      throw new Error('Spans must be sorted, non-overlapping and inside the text');
    }
    out += text.slice(cursor, span.start) + replacements[i];
    cursor = span.end;
  });
  return out + text.slice(cursor);
}
