/**
 * `keywarden scan`: the detectors on files, directories, stdin, the staged changes or the history
 * of a git repository. Exit 0 when clean, 1 when secrets are found, 2 on usage, read or
 * configuration errors. Secrets are only ever printed redacted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  accepted,
  fingerprintOf,
  InputError,
  readBaseline,
  readIgnoreFile,
  type Reported,
} from './cli/accept';
import { parseArgs, USAGE, UsageError, type Options } from './cli/args';
import { ConfigError, loadConfig, type Config } from './cli/config';
import { globMatcher } from './cli/glob';
import { GitError, scanHistory } from './cli/history';
import { scanPaths, scanStdin, type Scanned } from './cli/paths';
import { render } from './cli/report';
import type { TextScanOptions } from './cli/scan-text';
import { scanStaged } from './cli/staged';

export { addedLines } from './cli/staged';

export const IGNORE_NAME = '.keywardenignore';

function note(message: string): void {
  console.error(`keywarden: ${message}`);
}

/**
 * Where config and ignore file live: the top level of the repository being scanned (the first
 * path's, for paths; the current directory's otherwise), or outside a repository the scanned
 * directory itself.
 */
function findRoot(options: Options): string {
  let base = process.cwd();
  const first = options.git === undefined && !options.staged ? options.paths[0] : undefined;
  if (first !== undefined && first !== '-') {
    try {
      base = statSync(first).isDirectory() ? resolve(first) : dirname(resolve(first));
    } catch {
      // Unreadable: the scan itself reports it.
    }
  }
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: base, stdio: 'pipe' })
      .toString('utf8')
      .trim();
  } catch {
    return base;
  }
}

/** A file's path from the root with `/` separators; absolute when it lies outside the root. */
function pathFrom(root: string, file: string): string {
  const rel = relative(root, resolve(file));
  if (rel.startsWith('..') || isAbsolute(rel)) return resolve(file);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function run(options: Options, root: string, config: Config): Promise<Scanned> {
  const minConfidence = options.minConfidence ?? config.minConfidence ?? 'low';
  const scan: TextScanOptions['scan'] = {
    ...(config.enable ? { rules: config.enable } : {}),
    ...(config.disable ? { disabled: config.disable } : {}),
    ...(config.customRules ? { userRules: config.customRules } : {}),
  };
  const skipGlob = config.skip?.length ? globMatcher(config.skip) : undefined;
  const common = { minConfidence, scan, maxSize: options.maxSize, note };
  if (options.git !== undefined) {
    const found = await scanHistory({
      ...common,
      range: options.git,
      jobs: options.jobs,
      skip: skipGlob,
    });
    return { found, errors: 0 };
  }
  if (options.staged) return scanStaged({ ...common, skip: skipGlob });
  if (options.paths.length === 0 || (options.paths.length === 1 && options.paths[0] === '-'))
    return scanStdin(common);
  return scanPaths({
    ...common,
    paths: options.paths,
    jobs: options.jobs,
    followSymlinks: options.followSymlinks,
    skip: skipGlob && ((file) => skipGlob(pathFrom(root, file))),
  });
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
    const root = findRoot(options);
    const config = loadConfig(root, options.config);
    const ignoreFile = join(root, IGNORE_NAME);
    const ignore = existsSync(ignoreFile) ? readIgnoreFile(ignoreFile) : new Set<string>();
    const baseline = options.baseline ? readBaseline(options.baseline) : undefined;
    const result = await run(options, root, config);
    const reported: Reported[] = result.found.map((located) => {
      const path =
        located.commit || options.staged || located.file === '<stdin>'
          ? located.file
          : pathFrom(root, located.file);
      return { ...located, path, fingerprint: fingerprintOf(located, path) };
    });
    const found = accepted(reported, ignore, baseline);
    const report = render(options.format, found, { errors: result.errors, version: version() });
    if (options.output) {
      try {
        writeFileSync(options.output, report);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        note(`cannot write ${options.output}${code ? ` (${code})` : ''}`);
        return 2;
      }
    } else process.stdout.write(report);
    if (result.errors > 0) return 2;
    return found.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InputError || error instanceof GitError) {
      note(error.message);
      return 2;
    }
    // Never a stack trace: it could quote the input.
    note('unexpected error while scanning');
    return 2;
  }
}
