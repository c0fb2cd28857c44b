/**
 * `keywarden scan [paths…]`: the detectors on files, directories, stdin or the staged changes of
 * a git repository. Exit 0 when clean, 1 when secrets are found, 2 on usage or read errors.
 * Secrets are only ever printed redacted.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { runBatches } from './cli/pool';
import { Progress } from './cli/progress';
import {
  ByteScanner,
  PIECE,
  scanFile,
  SNIFF,
  type FileOptions,
  type FileReport,
} from './cli/scan-file';
import type { Located } from './cli/scan-text';
import { walk } from './cli/walk';
import type { Confidence } from './index';

const SKIP_DIRS = new Set(['node_modules', '.git', '.output', '.wxt', 'dist']);

const USAGE = `usage: keywarden scan [--json] [--staged] [--min-confidence low|medium|high]
                     [--max-size BYTES] [--jobs N] [--follow-symlinks] [paths…]

  Scans files and directories (stdin when no path is given) for credentials.
  --staged          scan what \`git diff --cached\` adds (line numbers in the new file)
  --json            print findings as JSON
  --min-confidence  drop findings below this confidence (default: low)
  --max-size        skip files (and staged files) larger than this (default: 5000000);
                    stdin, pipes and devices have no size to check and are scanned whole,
                    streamed in overlapping chunks, so memory stays bounded whatever their length
  --jobs            files scanned in parallel (default: one per core; 1 = no worker threads)
  --follow-symlinks follow symbolic links inside directories (loops are noted and skipped)

  Binary files (a NUL byte in the first 8000) and files over --max-size are skipped with a
  note on stderr; invalid UTF-8 is scanned with replacement characters. Directories named
  ${[...SKIP_DIRS].join(', ')} are not entered. Output is the same whatever --jobs is.

exit status: 0 clean, 1 secrets found, 2 usage or read error`;

interface Options {
  json: boolean;
  staged: boolean;
  minConfidence: Confidence;
  maxSize: number;
  jobs: number;
  followSymlinks: boolean;
  paths: string[];
}

interface Result {
  found: Located[];
  errors: number;
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
    jobs: availableParallelism(),
    followSymlinks: false,
    paths: [],
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--json') options.json = true;
    else if (arg === '--staged') options.staged = true;
    else if (arg === '--follow-symlinks') options.followSymlinks = true;
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
    } else if (arg === '--jobs') {
      const value = Number(rest[++i]);
      if (!Number.isInteger(value) || value <= 0 || value > 256)
        throw new UsageError('--jobs takes a number from 1 to 256');
      options.jobs = value;
    } else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else options.paths.push(arg);
  }
  if (options.staged && options.paths.length) throw new UsageError('--staged takes no paths');
  return options;
}

function note(message: string): void {
  console.error(`keywarden: ${message}`);
}

/** Files per message to a worker: enough to make messaging cheap, few enough to balance. */
const BATCH = 32;

async function scanPaths(options: Options): Promise<Result> {
  const result: Result = { found: [], errors: 0 };
  const files: string[] = [];
  for (const root of options.paths) {
    const walked = walk(root, {
      skipDirs: SKIP_DIRS,
      followSymlinks: options.followSymlinks,
      note(message, error) {
        note(message);
        if (error) result.errors++;
      },
    });
    for (const file of walked) files.push(file);
  }
  const progress = new Progress(process.stderr, files.length);
  let done = 0;
  let bytes = 0;
  const take = (report: FileReport) => {
    if (report.notes.length) progress.clear();
    for (const message of report.notes) note(message);
    if (report.error) result.errors++;
    for (const located of report.found) result.found.push(located);
    done++;
    bytes += report.bytes;
    progress.update(done, bytes, result.found.length);
  };
  const fileOptions: FileOptions = {
    minConfidence: options.minConfidence,
    maxSize: options.maxSize,
  };
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  // One batch is not worth a worker's start-up (it loads tsx and the rules itself).
  if (options.jobs === 1 || batches.length <= 1) {
    for (const file of files) take(scanFile(file, fileOptions));
  } else {
    await runBatches<string[], FileReport[]>(batches, {
      module: new URL('./cli/scan-worker.ts', import.meta.url),
      data: fileOptions,
      jobs: options.jobs,
      onResult: (reports) => reports.forEach(take),
    });
  }
  progress.clear();
  return result;
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

function git(args: string[], input?: string): Buffer {
  return execFileSync('git', args, {
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

function scanStaged(options: Options): Result {
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
  const staged = [...addedLines(diff)].filter(([, lines]) => lines.size > 0);
  // Sizes first, in one call, so an oversized blob is never loaded.
  let sizes: string[] = [];
  try {
    const query = staged.map(([file]) => `:${file}\n`).join('');
    sizes = git(['cat-file', '--batch-check=%(objectsize)'], query).toString('utf8').split('\n');
  } catch {
    // Each file's own read below reports the failure.
  }
  const result: Result = { found: [], errors: 0 };
  staged.forEach(([file, lines], i) => {
    try {
      if (Number(sizes[i]) > options.maxSize) {
        note(`skipped ${file}: larger than ${options.maxSize} bytes`);
        return;
      }
      const buffer = git(['show', `:${file}`]);
      if (buffer.subarray(0, SNIFF).includes(0)) {
        note(`skipped ${file}: binary`);
        return;
      }
      const scanner = new ByteScanner(file, {
        minConfidence: options.minConfidence,
        keepLines: lines,
      });
      for (let at = 0; at < buffer.length; at += PIECE)
        scanner.push(buffer.subarray(at, at + PIECE));
      result.found.push(...scanner.end());
    } catch {
      note(`cannot read staged ${file}`);
      result.errors++;
    }
  });
  return result;
}

/** Stdin in pieces as they arrive: memory stays bounded however much is piped in. */
async function scanStdin(options: Options): Promise<Result> {
  const scanner = new ByteScanner('<stdin>', { minConfidence: options.minConfidence });
  const progress = new Progress(process.stderr);
  for await (const piece of process.stdin) {
    scanner.push(piece as Buffer);
    progress.update(0, scanner.bytes, scanner.findings);
  }
  const found = scanner.end();
  progress.clear();
  return { found, errors: 0 };
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
    let result: Result;
    if (options.staged) result = scanStaged(options);
    else if (
      options.paths.length === 0 ||
      (options.paths.length === 1 && options.paths[0] === '-')
    ) {
      result = await scanStdin(options);
    } else result = await scanPaths(options);
    print(result.found, options.json);
    if (result.errors > 0) return 2;
    return result.found.length > 0 ? 1 : 0;
  } catch {
    // Never a stack trace: it could quote the input.
    note('unexpected error while scanning');
    return 2;
  }
}
