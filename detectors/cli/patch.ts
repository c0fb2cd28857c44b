/**
 * Reads the output of `git log -p -U0` (with the header format of history.ts) into units: the
 * lines one commit added to one file, with their line numbers in the new file. Hunk headers give
 * exact line counts, so an added line is told from a header by counting, never by its text (an
 * added line that reads `++ x` or `diff --git` is still content).
 */
import type { CommitInfo } from './scan-text';
import type { PathMatcher } from './glob';

/** What one commit added to one file. */
export interface Unit {
  /** Index in the batch's `commits`. */
  commit: number;
  file: string;
  /** Line number in the new file of each line of `text`. */
  lines: number[];
  text: string;
}

export interface HistoryBatch {
  commits: CommitInfo[];
  units: Unit[];
}

export interface PatchOptions {
  /** A unit whose added text is longer than this is skipped with a note. */
  maxSize: number;
  skip?: PathMatcher;
  note: (message: string) => void;
}

/** A batch is handed on at this many characters: enough to make a worker's message cheap. */
const BATCH_CHARS = 256 * 1024;
const BATCH_UNITS = 512;

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13 };

/** A path as git prints it: C-quoted (octal bytes of UTF-8) when it holds unusual characters. */
export function unquotePath(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"') || raw.length < 2) return raw;
  const bytes: number[] = [];
  const body = raw.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c));
      continue;
    }
    const e = body[++i] ?? '';
    if (/[0-7]/.test(e)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(ESCAPES[e] ?? e.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

export class PatchParser {
  private commits: CommitInfo[] = [];
  private units: Unit[] = [];
  private chars = 0;
  private readonly ready: HistoryBatch[] = [];
  private commit: CommitInfo | undefined;
  private file: string | undefined;
  private lines: number[] = [];
  private parts: string[] = [];
  private size = 0;
  private oversize = false;
  private newLine = 0;
  private added = 0;
  private removed = 0;
  /** Added bytes seen, for progress. */
  bytes = 0;

  constructor(private readonly options: PatchOptions) {}

  /** One line of the log, without its newline; `overlong`: its text past the first was dropped. */
  line(s: string, overlong = false): void {
    if (this.added > 0 || this.removed > 0) {
      const c = s[0];
      if (c === '+' && this.added > 0) {
        this.added--;
        if (overlong) this.oversize = true;
        else this.add(s.slice(1));
        this.newLine++;
        return;
      }
      if (c === '-' && this.removed > 0) {
        this.removed--;
        return;
      }
      if (c === '\\') return; // "\ No newline at end of file"
      // Counts that do not add up: read on as headers rather than take headers for content.
      this.added = this.removed = 0;
    }
    if (s.charCodeAt(0) === 0) {
      this.endUnit();
      const [sha = '', author = '', email = '', date = ''] = s.slice(1).split('\0');
      this.commit = { sha, author, email, date };
      this.file = undefined;
    } else if (s.startsWith('diff --git ')) {
      this.endUnit();
      this.file = undefined;
    } else if (s.startsWith('+++ ')) {
      this.endUnit();
      const path = unquotePath(s.slice(4));
      this.file = path.startsWith('b/') ? path.slice(2) : undefined; // else /dev/null
      if (this.file !== undefined && this.options.skip?.(this.file)) this.file = undefined;
    } else if (s.startsWith('@@ ')) {
      const m = HUNK.exec(s);
      if (!m) return;
      this.removed = m[1] === undefined ? 1 : Number(m[1]);
      this.newLine = Number(m[2]);
      this.added = m[3] === undefined ? 1 : Number(m[3]);
    }
  }

  private add(text: string): void {
    this.bytes += text.length + 1;
    if (this.file === undefined || !this.commit) return;
    if (this.oversize) return;
    this.size += text.length + 1;
    if (this.size > this.options.maxSize) {
      this.oversize = true;
      this.parts = [];
      this.lines = [];
      return;
    }
    this.parts.push(text);
    this.lines.push(this.newLine);
  }

  private endUnit(): void {
    const commit = this.commit;
    if (this.oversize && commit && this.file !== undefined) {
      this.options.note(
        `skipped ${commit.sha.slice(0, 12)} ${this.file}: more than ${this.options.maxSize} bytes added`,
      );
    } else if (this.parts.length && commit && this.file !== undefined) {
      if (this.commits[this.commits.length - 1] !== commit) this.commits.push(commit);
      const text = this.parts.join('\n');
      this.units.push({
        commit: this.commits.length - 1,
        file: this.file,
        lines: this.lines,
        text,
      });
      this.chars += text.length;
      if (this.chars >= BATCH_CHARS || this.units.length >= BATCH_UNITS) this.endBatch();
    }
    this.parts = [];
    this.lines = [];
    this.size = 0;
    this.oversize = false;
    this.added = this.removed = 0;
  }

  private endBatch(): void {
    if (this.units.length) this.ready.push({ commits: this.commits, units: this.units });
    this.commits = [];
    this.units = [];
    this.chars = 0;
  }

  /** Batches completed so far. */
  take(): HistoryBatch[] {
    return this.ready.splice(0);
  }

  /** The last batch, at the end of the log. */
  end(): HistoryBatch[] {
    this.endUnit();
    this.endBatch();
    return this.take();
  }
}

/**
 * Lines of a text stream to the parser, in batches. A line longer than `maxLine` is not held:
 * its first character (the diff's +/-) is kept and the rest dropped.
 */
export async function* parsePatch(
  stream: AsyncIterable<string>,
  parser: PatchParser,
  maxLine: number,
): AsyncGenerator<HistoryBatch> {
  let pending = '';
  let overlong = false;
  for await (const chunk of stream) {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      const piece = chunk.slice(from, nl);
      if (overlong) parser.line(pending, true);
      else parser.line(pending ? pending + piece : piece);
      pending = '';
      overlong = false;
      from = nl + 1;
    }
    if (!overlong) {
      pending += chunk.slice(from);
      if (pending.length > maxLine) {
        pending = pending.slice(0, 1);
        overlong = true;
      }
    }
    yield* parser.take();
  }
  if (pending) parser.line(pending, overlong);
  yield* parser.end();
}
