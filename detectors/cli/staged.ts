/** `keywarden scan --staged`: the lines `git diff --cached` adds, numbered in the new file. */
import { execFileSync } from 'node:child_process';
import type { Confidence } from '../index';
import type { PathMatcher } from './glob';
import { ByteScanner, PIECE, SNIFF } from './scan-file';
import type { Located, TextScanOptions } from './scan-text';

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

export interface StagedOptions {
  minConfidence: Confidence;
  scan?: TextScanOptions['scan'];
  maxSize: number;
  skip?: PathMatcher;
  note: (message: string) => void;
}

export function scanStaged(options: StagedOptions): { found: Located[]; errors: number } {
  const { note } = options;
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
  const staged = [...addedLines(diff)].filter(
    ([file, lines]) => lines.size > 0 && !options.skip?.(file),
  );
  // Sizes first, in one call, so an oversized blob is never loaded.
  let sizes: string[] = [];
  try {
    const query = staged.map(([file]) => `:${file}\n`).join('');
    sizes = git(['cat-file', '--batch-check=%(objectsize)'], query).toString('utf8').split('\n');
  } catch {
    // Each file's own read below reports the failure.
  }
  const result = { found: [] as Located[], errors: 0 };
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
        scan: options.scan,
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
