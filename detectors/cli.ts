/**
 * `keywarden scan [paths…]`: the detectors on files, directories, stdin or the staged changes of
 * a git repository. Exit 0 when clean, 1 when secrets are found, 2 on usage or read errors.
 * Secrets are only ever printed redacted.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scan } from './index';
import type { Confidence, Finding } from './index';

const USAGE = `usage: keywarden scan [--json] [--staged] [--min-confidence low|medium|high] [--max-size BYTES] [paths…]

  Scans files and directories (stdin when no path is given) for credentials.
  --staged          scan what \`git diff --cached\` adds (line numbers in the new file)
  --json            print findings as JSON
  --min-confidence  drop findings below this confidence (default: low)
  --max-size        skip files larger than this (default: 5000000)

exit status: 0 clean, 1 secrets found, 2 usage or read error`;

const SKIP_DIRS = new Set(['node_modules', '.git', '.output', '.wxt', 'dist']);

interface Options {
  json: boolean;
  staged: boolean;
  minConfidence: Confidence;
  maxSize: number;
  paths: string[];
}

interface Located {
  file: string;
  line: number;
  column: number;
  finding: Finding;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'scan')
    throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  const options: Options = {
    json: false,
    staged: false,
    minConfidence: 'low',
    maxSize: 5_000_000,
    paths: [],
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--json') options.json = true;
    else if (arg === '--staged') options.staged = true;
    else if (arg === '--min-confidence') {
      const value = rest[++i];
      if (value !== 'low' && value !== 'medium' && value !== 'high')
        throw new UsageError('--min-confidence takes low, medium or high');
      options.minConfidence = value;
    } else if (arg === '--max-size') {
      const value = Number(rest[++i]);
      if (!Number.isInteger(value) || value <= 0)
        throw new UsageError('--max-size takes a positive number of bytes');
      options.maxSize = value;
    } else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else options.paths.push(arg);
  }
  if (options.staged && options.paths.length) throw new UsageError('--staged takes no paths');
  return options;
}

/** Offsets of each line start, for offset → line:column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function locate(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8000).includes(0);
}

function note(message: string): void {
  console.error(`keywarden: ${message}`);
}

function scanText(
  file: string,
  text: string,
  options: Options,
  keepLines?: Set<number>,
): Located[] {
  const starts = lineStarts(text);
  const out: Located[] = [];
  for (const finding of scan(text, { minConfidence: options.minConfidence })) {
    const at = locate(starts, finding.start);
    if (keepLines) {
      const last = locate(starts, Math.max(finding.start, finding.end - 1)).line;
      let touched = false;
      for (let l = at.line; l <= last && !touched; l++) touched = keepLines.has(l);
      if (!touched) continue;
    }
    out.push({ file, line: at.line, column: at.column, finding });
  }
  return out;
}

function* walk(path: string): Generator<string> {
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.isDirectory() && SKIP_DIRS.has(entry.name)) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* walk(child);
    else if (entry.isFile()) yield child;
  }
}

function readError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return `cannot read ${path}${code ? ` (${code})` : ''}`;
}

function scanPaths(options: Options): { found: Located[]; errors: number } {
  const found: Located[] = [];
  let errors = 0;
  for (const root of options.paths) {
    let files: string[];
    try {
      files = [...walk(root)];
    } catch (error) {
      note(readError(root, error));
      errors++;
      continue;
    }
    for (const file of files) {
      try {
        const size = statSync(file).size;
        if (size > options.maxSize) {
          note(`skipped ${file}: larger than ${options.maxSize} bytes`);
          continue;
        }
        const buffer = readFileSync(file);
        if (isBinary(buffer)) {
          note(`skipped ${file}: binary`);
          continue;
        }
        found.push(...scanText(file, buffer.toString('utf8'), options));
      } catch (error) {
        note(readError(file, error));
        errors++;
      }
    }
  }
  return { found, errors };
}

/** Added line numbers (in the new file) per path, from `git diff --cached -U0`. */
export function addedLines(diff: string): Map<string, Set<number>> {
  const result = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  let line = 0;
  for (const row of diff.split('\n')) {
    if (row.startsWith('+++ ')) {
      const path = row.slice(4);
      current = path === '/dev/null' ? undefined : new Set();
      if (current) result.set(path.replace(/^b\//, ''), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (!current || row.startsWith('---')) continue;
    if (row.startsWith('+')) current.add(line++);
    else if (row.startsWith(' ')) line++;
  }
  return result;
}

function git(args: string[]): Buffer {
  return execFileSync('git', args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

function scanStaged(options: Options): { found: Located[]; errors: number } {
  let diff: string;
  try {
    diff = git([
      'diff',
      '--cached',
      '--unified=0',
      '--no-color',
      '--no-ext-diff',
      '--diff-filter=ACMR',
    ]).toString('utf8');
  } catch {
    note('--staged needs a git repository (git diff --cached failed)');
    return { found: [], errors: 1 };
  }
  const found: Located[] = [];
  let errors = 0;
  for (const [file, lines] of addedLines(diff)) {
    if (lines.size === 0) continue;
    try {
      const buffer = git(['show', `:${file}`]);
      if (buffer.length > options.maxSize) {
        note(`skipped ${file}: larger than ${options.maxSize} bytes`);
        continue;
      }
      if (isBinary(buffer)) {
        note(`skipped ${file}: binary`);
        continue;
      }
      found.push(...scanText(file, buffer.toString('utf8'), options, lines));
    } catch {
      note(`cannot read staged ${file}`);
      errors++;
    }
  }
  return { found, errors };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function print(found: Located[], json: boolean): void {
  if (json) {
    const rows = found.map(({ file, line, column, finding: f }) => ({
      file,
      line,
      column,
      ruleId: f.ruleId,
      provider: f.provider,
      title: f.title,
      confidence: f.confidence,
      redacted: f.redacted,
      ...(f.rotateUrl ? { rotateUrl: f.rotateUrl } : {}),
    }));
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  for (const { file, line, column, finding: f } of found) {
    console.log(`${file}:${line}:${column} ${f.ruleId} ${f.title} ${f.redacted}`);
  }
}

/** Runs the CLI; resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) note(error.message);
      console.error(USAGE);
      return 2;
    }
    throw error;
  }
  try {
    let result: { found: Located[]; errors: number };
    if (options.staged) result = scanStaged(options);
    else if (
      options.paths.length === 0 ||
      (options.paths.length === 1 && options.paths[0] === '-')
    ) {
      result = { found: scanText('<stdin>', await readStdin(), options), errors: 0 };
    } else result = scanPaths(options);
    print(result.found, options.json);
    if (result.errors > 0) return 2;
    return result.found.length > 0 ? 1 : 0;
  } catch {
    // Never a stack trace: it could quote the input.
    note('unexpected error while scanning');
    return 2;
  }
}
