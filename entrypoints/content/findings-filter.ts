import type { Finding } from '@/detectors';

/** Which of a scan's findings a held paste or send is warned about. */
export type FindingsFilter = (findings: Finding[]) => Finding[];

export const highOnly: FindingsFilter = (findings) =>
  findings.filter((f) => f.confidence === 'high');

/**
 * Findings past `insertedLength` come from a paste's HTML: one whose secret is also in the text
 * that goes in is the same secret, met twice.
 */
export function withoutRepeats(scanned: string, insertedLength: number): FindingsFilter {
  return (findings) => {
    // A secret that starts in the text is the text's; its span stays inside it.
    const inserted = findings
      .filter((f) => f.start < insertedLength)
      .map((f) => (f.end > insertedLength ? { ...f, end: insertedLength } : f));
    const seen = new Set(inserted.map((f) => scanned.slice(f.start, f.end)));
    const hidden = findings.filter(
      (f) => f.start > insertedLength && !seen.has(scanned.slice(f.start, f.end)),
    );
    return [...inserted, ...hidden];
  };
}
