/**
 * One self-overwriting status line on stderr for long scans: only on a terminal (never in CI logs
 * or pipes), only after a few seconds, a few times a second at most. Counts only, never content.
 */

/** What the line needs of the stream: process.stderr fits. */
export interface StatusStream {
  isTTY?: boolean;
  /** 0 or absent when the terminal does not say (a pty with no window size). */
  columns?: number;
  write(text: string): unknown;
}

const DELAY_MS = 2000;
const EVERY_MS = 250;

const count = (n: number) => n.toLocaleString('en-US');

export class Progress {
  private readonly started: number;
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: StatusStream,
    /** Files to scan; unknown for stdin. */
    private readonly total?: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  update(files: number, bytes: number, findings: number): void {
    if (!this.stream.isTTY) return;
    const t = this.now();
    if (t - this.started < DELAY_MS || t - this.last < EVERY_MS) return;
    this.last = t;
    const rate = bytes / 1e6 / ((t - this.started) / 1000);
    const done =
      this.total === undefined
        ? `${(bytes / 1e6).toFixed(1)} MB`
        : `${count(files)}/${count(this.total)} files`;
    const line = `keywarden: ${done}, ${rate.toFixed(1)} MB/s, ${count(findings)} ${findings === 1 ? 'finding' : 'findings'}`;
    this.stream.write(`\r${line.slice(0, Math.max(0, (this.stream.columns || 80) - 1))}\x1b[K`);
    this.shown = true;
  }

  /** Removes the line, before a note or at the end, so other output starts on a clean line. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
