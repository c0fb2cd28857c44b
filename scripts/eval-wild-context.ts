/**
 * One line of context around an alarm for eval:wild: what a person needs to classify it, with
 * the alarm's own span and every other alarm span in view shown only in redacted form.
 */
import { redact } from '../detectors/redact';

export interface Span {
  start: number;
  end: number;
}

/** `reach` characters either side of `spans[i]` (spans sorted by start), on one line. */
export function contextLine(text: string, spans: readonly Span[], i: number, reach = 40): string {
  const self = spans[i] as Span;
  const from = Math.max(0, self.start - reach);
  const to = Math.min(text.length, self.end + reach);
  let out = '';
  let at = from;
  for (const s of spans) {
    if (s.end <= at || s.start >= to) continue;
    out += text.slice(at, Math.max(at, s.start));
    const shown = redact(text.slice(s.start, s.end));
    out += s === self ? `⟦${shown}⟧` : shown;
    at = Math.max(at, s.end);
  }
  out += text.slice(at, Math.max(at, to));
  return out.replace(/[\r\n\t\u2028\u2029]/g, ' ');
}
