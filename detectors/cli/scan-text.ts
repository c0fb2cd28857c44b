/**
 * Scans text of any length in bounded memory: the text arrives in pieces and is scanned in
 * overlapping chunks, each finding located by line and column in the whole text and reported once.
 */
import { createHash } from 'node:crypto';
import { allRules, scan } from '../index';
import type { Confidence, Finding, ScanOptions } from '../index';

/** Who added a line, for findings in the git history. */
export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  /** Author date, strict ISO 8601. */
  date: string;
}

/** A finding with where it is; `finding.start`/`end` are offsets in the whole text. */
export interface Located {
  file: string;
  line: number;
  column: number;
  finding: Finding;
  /**
   * Hash of the finding's first line, trimmed: its fingerprint survives the line moving, while
   * an edit of that line (a rotated key) makes a new one.
   */
  lineHash: string;
  commit?: CommitInfo;
}

/** On the line of a finding, this marks it as accepted (`# keywarden:allow`). */
export const ALLOW = 'keywarden:allow';

/**
 * Ten decimal digits of the line's SHA-256. Not hex: beside a rule id that ends in `token` or
 * `password`, a hex string reads as an assignment to the generic rules (ours and gitleaks'), and
 * a committed baseline or SARIF file would raise alarms of its own; digits do not.
 */
export function hashLine(line: string): string {
  const digest = createHash('sha256').update(line.trim()).digest();
  return (digest.readBigUInt64BE(0) % 10_000_000_000n).toString().padStart(10, '0');
}

/**
 * Longest text a finding depends on: a rule's window around its keyword (a PGP block reaches
 * 66,000 characters), a decoded JSON, URL or base64 region (up to 64 KiB in decode.ts), plus the
 * line and key-name context the engine reads around a match.
 */
const REACH = Math.max(65_536, ...allRules.map((r) => r.window ?? 0)) + 2048;
/**
 * Each chunk owns the findings that start between HALF from its start and HALF from its end
 * (the first and last chunks own up to their outer edge). A finding it owns then lies whole inside
 * it with room to spare, and a match that truncation at either edge makes up (at most REACH long,
 * touching that edge) can neither be owned nor overlap an owned finding, so it cannot change
 * which findings survive the engine's overlap resolution.
 */
export const HALF = 2 * REACH;
/** Characters scanned at a time: large against the overlap, small against memory. */
export const CHUNK = 8 * 1024 * 1024;

export interface TextScanOptions {
  minConfidence: Confidence;
  /** Rules on and off, custom rules: from the config file. */
  scan?: Omit<ScanOptions, 'minConfidence'>;
  /** Keep only findings touching these lines (staged changes). */
  keepLines?: Set<number>;
  /** For tests: chunks smaller than CHUNK (must exceed 2 × HALF). */
  chunk?: number;
}

/** Offsets of each line start in `text`, for offset → line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the last line start at or before `offset`. */
function lineIndex(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class TextScanner {
  readonly found: Located[] = [];
  /** Characters taken in so far. */
  length = 0;
  private pending = '';
  /** Offset in the whole text of `pending[0]`. */
  private base = 0;
  /** Findings starting before this offset belong to the previous chunk. */
  private owned = 0;
  /** Line number at `base`, and the offset where that line starts. */
  private line = 1;
  private lineStart = 0;
  private readonly chunk: number;

  constructor(
    readonly file: string,
    private readonly options: TextScanOptions,
  ) {
    this.chunk = options.chunk ?? CHUNK;
    if (this.chunk <= 2 * HALF) throw new RangeError('chunk too small for the overlap');
  }

  push(text: string): void {
    this.pending += text;
    this.length += text.length;
    while (this.pending.length >= this.chunk) this.flush(false);
  }

  /** Scans what is left; returns every finding, in order. */
  end(): Located[] {
    this.flush(true);
    return this.found;
  }

  private flush(last: boolean): void {
    const text = last ? this.pending : this.pending.slice(0, this.chunk);
    const ownedEnd = last ? Infinity : this.base + this.chunk - HALF;
    let starts: number[] | undefined;
    let hashed: { at: number; hash: string; allowed: boolean } | undefined;
    const scanOptions = { ...this.options.scan, minConfidence: this.options.minConfidence };
    for (const f of scan(text, scanOptions)) {
      const start = this.base + f.start;
      if (start < this.owned || start >= ownedEnd) continue;
      starts ??= lineStarts(text);
      const at = lineIndex(starts, f.start);
      const keep = this.options.keepLines;
      if (keep) {
        const last = this.line + lineIndex(starts, Math.max(f.start, f.end - 1));
        let touched = false;
        for (let l = this.line + at; l <= last && !touched; l++) touched = keep.has(l);
        if (!touched) continue;
      }
      if (hashed?.at !== at) {
        // A line that began in the previous chunk is read from this chunk's start.
        const from = at === 0 ? Math.max(0, this.lineStart - this.base) : (starts[at] as number);
        const to = at + 1 < starts.length ? (starts[at + 1] as number) - 1 : text.length;
        const line = text.slice(from, to);
        hashed = { at, hash: hashLine(line), allowed: line.includes(ALLOW) };
      }
      if (hashed.allowed) continue;
      this.found.push({
        file: this.file,
        line: this.line + at,
        column: at === 0 ? start - this.lineStart + 1 : f.start - (starts[at] as number) + 1,
        finding: { ...f, start, end: this.base + f.end },
        lineHash: hashed.hash,
      });
    }
    if (last) {
      this.pending = '';
      return;
    }
    // The next chunk starts 2 × HALF before this one's end, so its owned part begins at ownedEnd.
    const next = this.chunk - 2 * HALF;
    for (let i = text.indexOf('\n'); i >= 0 && i < next; i = text.indexOf('\n', i + 1)) {
      this.line++;
      this.lineStart = this.base + i + 1;
    }
    this.pending = this.pending.slice(next);
    this.base += next;
    this.owned = ownedEnd;
  }
}
