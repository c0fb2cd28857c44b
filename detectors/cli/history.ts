/**
 * `keywarden scan --git [RANGE]`: every line added in the history (all refs) or in RANGE, read
 * from one `git log -p` child process as a stream (no checkout, nothing held whole), scanned in
 * batches on the worker pool, each finding with its commit, author, date, file and line.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { Confidence } from '../index';
import type { PathMatcher } from './glob';
import { parsePatch, PatchParser, type HistoryBatch } from './patch';
import { runBatches } from './pool';
import { Progress } from './progress';
import { TextScanner, type Located, type TextScanOptions } from './scan-text';

export class GitError extends Error {}

/**
 * Added text scanned in the main thread before workers are worth starting. `git log -p` itself
 * takes most of a history scan's time and a core of its own, so workers pay only on a long
 * history with cores to spare (figures in docs/benchmarks.md, History scan). Tests set the
 * environment variable to reach the pool with a small repository.
 */
const INLINE = Number(process.env.KEYWARDEN_INLINE_BYTES) || 64 * 1024 * 1024;

export interface HistoryOptions {
  range: string;
  minConfidence: Confidence;
  scan?: TextScanOptions['scan'];
  maxSize: number;
  jobs: number;
  skip?: PathMatcher;
  note: (message: string) => void;
}

/** What the worker needs to scan a batch. */
export type UnitScanOptions = Pick<TextScanOptions, 'minConfidence' | 'scan'>;

/** Findings in one batch, located at the added lines' numbers in their files. */
export function scanBatch(batch: HistoryBatch, options: UnitScanOptions): Located[] {
  const found: Located[] = [];
  for (const unit of batch.units) {
    const scanner = new TextScanner(unit.file, options);
    scanner.push(unit.text);
    for (const located of scanner.end()) {
      found.push({
        ...located,
        line: unit.lines[located.line - 1] as number,
        commit: batch.commits[unit.commit],
      });
    }
  }
  return found;
}

/** First line of git's complaint, without git's own "fatal: " prefix. */
function gitReason(error: unknown): string {
  const stderr = String((error as { stderr?: unknown }).stderr ?? '');
  return stderr.split('\n')[0]?.replace(/^(fatal|error): /, '') || 'git failed';
}

/** The log's arguments; a range never reaches git as an option (`--end-of-options`). */
export function logArgs(range: string): string[] {
  return [
    '-c',
    'core.quotePath=false',
    'log',
    '-p',
    '-U0',
    '-M',
    // The user's git config may hide the first commit's patch or print signatures in the log.
    '--root',
    '--no-show-signature',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    // NUL starts no line of a patch (added lines start with +), so it marks a commit header.
    '--format=%x00%H%x00%an%x00%ae%x00%aI',
    ...(range ? ['--end-of-options', range] : ['--all']),
    '--',
  ];
}

/** Not a repository or a bad range: one line, before the log starts. */
function check(range: string): void {
  try {
    execFileSync('git', ['rev-parse', '--git-dir'], { stdio: 'pipe' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new GitError('cannot run git');
    throw new GitError(`not a git repository: ${process.cwd()}`);
  }
  if (!range) return;
  try {
    execFileSync('git', ['rev-list', '--max-count=1', '--end-of-options', range, '--'], {
      stdio: 'pipe',
    });
  } catch (error) {
    throw new GitError(`bad revision range "${range}": ${gitReason(error)}`);
  }
}

export async function scanHistory(options: HistoryOptions): Promise<Located[]> {
  check(options.range);
  const child = spawn('git', logArgs(options.range), { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => {
    if (stderr.length < 4096) stderr += s;
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', () => reject(new GitError('cannot run git')));
    child.on('close', resolve);
  });
  // Swallowed here and awaited below, so a failed spawn is not an unhandled rejection meanwhile.
  exited.catch(() => {});
  child.stdout.setEncoding('utf8');
  const progress = new Progress(process.stderr);
  const parser = new PatchParser({
    maxSize: options.maxSize,
    skip: options.skip,
    note: (message) => {
      progress.clear();
      options.note(message);
    },
  });
  const batches = parsePatch(child.stdout, parser, options.maxSize + 1);
  const found: Located[] = [];
  const take = (located: Located[]) => {
    for (const l of located) found.push(l);
    progress.update(0, parser.bytes, found.length);
  };
  const scanOptions: UnitScanOptions = { minConfidence: options.minConfidence, scan: options.scan };
  try {
    // A worker's start-up (tsx and the rules) costs more than scanning a small history: the first
    // INLINE bytes are scanned here, and only a longer history goes on to the pool.
    const iterator = batches[Symbol.asyncIterator]();
    for (;;) {
      if (options.jobs > 1 && parser.bytes >= INLINE) break;
      const step = await iterator.next();
      if (step.done) break;
      take(scanBatch(step.value, scanOptions));
    }
    await runBatches<HistoryBatch, Located[]>(
      { [Symbol.asyncIterator]: () => iterator },
      {
        module: new URL('./history-worker.ts', import.meta.url),
        data: scanOptions,
        jobs: options.jobs,
        onResult: take,
      },
    );
  } catch (error) {
    child.kill();
    throw error;
  } finally {
    progress.clear();
  }
  const code = await exited;
  if (code !== 0) throw new GitError(`git log failed: ${gitReason({ stderr })}`);
  return found;
}
