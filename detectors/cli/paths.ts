/** `keywarden scan [paths…]`: files and directories on the worker pool, or stdin as a stream. */
import { SKIP_DIRS } from './args';
import { runBatches } from './pool';
import { Progress } from './progress';
import { ByteScanner, scanFile, type FileOptions, type FileReport } from './scan-file';
import type { Located } from './scan-text';
import { walk } from './walk';

export interface Scanned {
  found: Located[];
  errors: number;
}

export interface PathsOptions extends FileOptions {
  paths: string[];
  jobs: number;
  followSymlinks: boolean;
  /** Files not to scan (the config's `skip`), by their path as walked. */
  skip?: (file: string) => boolean;
  note: (message: string) => void;
}

/** Files per message to a worker: enough to make messaging cheap, few enough to balance. */
const BATCH = 32;

export async function scanPaths(options: PathsOptions): Promise<Scanned> {
  const { note } = options;
  const result: Scanned = { found: [], errors: 0 };
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
    for (const file of walked) if (!options.skip?.(file)) files.push(file);
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
    scan: options.scan,
  };
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  // One batch is not worth a worker's start-up (it loads tsx and the rules itself).
  if (options.jobs === 1 || batches.length <= 1) {
    for (const file of files) take(scanFile(file, fileOptions));
  } else {
    await runBatches<string[], FileReport[]>(batches, {
      module: new URL('./scan-worker.ts', import.meta.url),
      data: fileOptions,
      jobs: options.jobs,
      onResult: (reports) => reports.forEach(take),
    });
  }
  progress.clear();
  return result;
}

/** Stdin in pieces as they arrive: memory stays bounded however much is piped in. */
export async function scanStdin(options: FileOptions): Promise<Scanned> {
  const scanner = new ByteScanner('<stdin>', options);
  const progress = new Progress(process.stderr);
  for await (const piece of process.stdin) {
    scanner.push(piece as Buffer);
    progress.update(0, scanner.bytes, scanner.findings);
  }
  const found = scanner.end();
  progress.clear();
  return { found, errors: 0 };
}
