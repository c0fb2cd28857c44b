/** The command line of `keywarden scan`, parsed into options; a bad one is a UsageError. */
import { availableParallelism } from 'node:os';
import type { Confidence } from '../index';

export const SKIP_DIRS = new Set(['node_modules', '.git', '.output', '.wxt', 'dist']);

export const FORMATS = ['text', 'json', 'sarif', 'csv', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `usage: keywarden scan [--git [RANGE] | --staged | paths…] [--format FORMAT] [--output FILE]
                     [--baseline FILE] [--config FILE] [--min-confidence low|medium|high]
                     [--max-size BYTES] [--jobs N] [--follow-symlinks]

  Scans files and directories (stdin when no path is given) for credentials.
  --git [RANGE]     scan every line added in the history of the current repository (all refs),
                    or in RANGE (\`main..HEAD\`, \`v1.2.0..\`, a commit): \`git log -p\` read as a stream
  --staged          scan what \`git diff --cached\` adds (line numbers in the new file)
  --format          text (default), json, sarif (2.1.0), csv or junit; --json is --format json
  --output          write the report to FILE instead of stdout
  --baseline        a previous JSON report: report only findings whose fingerprint it lacks
  --config          keywarden.json to use (default: the one at the repository's root, if any)
  --min-confidence  drop findings below this confidence (default: low)
  --max-size        skip files (and staged files, and a commit's additions to one file) larger
                    than this (default: 5000000); stdin, pipes and devices have no size to check
                    and are scanned whole, streamed in overlapping chunks, so memory stays bounded
  --jobs            files or history batches scanned in parallel (default: one per core;
                    1 = no worker threads)
  --follow-symlinks follow symbolic links inside directories (loops are noted and skipped)

  Each finding has a fingerprint, file:rule:hash-of-its-line (commit:file:rule:hash in history);
  list fingerprints in .keywardenignore at the repository's root to accept them (a file:rule:hash
  there also covers that line in every commit), or put keywarden:allow on the line itself.
  Secrets are always redacted. Binary files (a NUL byte in the first 8000) and files over
  --max-size are skipped with a note on stderr; invalid UTF-8 is scanned with replacement
  characters. Directories named ${[...SKIP_DIRS].join(', ')} are not entered.
  Output is the same whatever --jobs is.

exit status: 0 clean, 1 secrets found, 2 usage, read or configuration error`;

export interface Options {
  format: Format;
  output?: string;
  baseline?: string;
  config?: string;
  staged: boolean;
  /** `--git`: the range, or '' for the whole history. */
  git?: string;
  /** Unset: the config's, else low. */
  minConfidence?: Confidence;
  maxSize: number;
  jobs: number;
  followSymlinks: boolean;
  paths: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'scan')
    throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  const options: Options = {
    format: 'text',
    staged: false,
    maxSize: 5_000_000,
    jobs: availableParallelism(),
    followSymlinks: false,
    paths: [],
  };
  const value = (i: number, option: string): string => {
    const v = rest[i];
    if (v === undefined || v === '') throw new UsageError(`${option} takes a value`);
    return v;
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--json') options.format = 'json';
    else if (arg === '--staged') options.staged = true;
    else if (arg === '--git') options.git = '';
    else if (arg === '--follow-symlinks') options.followSymlinks = true;
    else if (arg === '--format') {
      const v = value(++i, arg);
      if (!(FORMATS as readonly string[]).includes(v))
        throw new UsageError(`--format takes ${FORMATS.join(', ')}`);
      options.format = v as Format;
    } else if (arg === '--output') options.output = value(++i, arg);
    else if (arg === '--baseline') options.baseline = value(++i, arg);
    else if (arg === '--config') options.config = value(++i, arg);
    else if (arg === '--min-confidence') {
      const v = rest[++i];
      if (v !== 'low' && v !== 'medium' && v !== 'high')
        throw new UsageError('--min-confidence takes low, medium or high');
      options.minConfidence = v;
    } else if (arg === '--max-size') {
      const v = Number(rest[++i]);
      if (!Number.isInteger(v) || v <= 0)
        throw new UsageError('--max-size takes a positive number of bytes');
      options.maxSize = v;
    } else if (arg === '--jobs') {
      const v = Number(rest[++i]);
      if (!Number.isInteger(v) || v <= 0 || v > 256)
        throw new UsageError('--jobs takes a number from 1 to 256');
      options.jobs = v;
    } else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else options.paths.push(arg);
  }
  if (options.staged && options.git !== undefined)
    throw new UsageError('--staged and --git do not go together');
  if (options.staged && options.paths.length) throw new UsageError('--staged takes no paths');
  if (options.git !== undefined) {
    // The one word after --git is its range; git itself never sees it as an option (see history.ts).
    if (options.paths.length > 1) throw new UsageError('--git takes at most one range');
    options.git = options.paths.pop() ?? '';
  }
  return options;
}
