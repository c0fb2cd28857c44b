/**
 * False alarms on real code nobody here wrote, for Keywarden and for secretlint (recommended
 * preset). The tree is this repository's installed node_modules plus a pinned set of popular
 * packages (scripts/eval-wild-packages.ts) installed with `npm install --ignore-scripts` into
 * ${XDG_CACHE_HOME:-~/.cache}/keywarden/eval-wild/ (skipped when the cache already matches the
 * list; its package-lock.json is part of the tree). One walk feeds both tools the same files,
 * nested node_modules included, binary files (a NUL in the first 8000 bytes) and files over 5 MB
 * left out and counted. Keywarden runs through the CLI's worker pool and file scanner, secretlint
 * in worker threads of its own; every finding counts as one alarm.
 *
 * Prints files and bytes scanned, each tool's time, alarms per 1,000 files overall and by rule,
 * and a seeded sample of alarms with ±40 characters of context, every alarm's span redacted. All
 * alarms go to alarms-<tool>.json in the cache folder for classification by docs/label-policy.md.
 *
 * Run: npm run eval:wild -- [--tool keywarden|secretlint|both] [--jobs N] [--no-install]
 * [--sample N]
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { writeFileSync } from 'node:fs';
import { homedir, availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { runBatches } from '../detectors/cli/pool';
import { SNIFF, type FileReport } from '../detectors/cli/scan-file';
import { walk } from '../detectors/cli/walk';
import { seededRandom } from '../detectors/fake';
import { contextLine } from './eval-wild-context';
import { WILD_PACKAGES } from './eval-wild-packages';
import type { SecretlintReport } from './eval-wild-secretlint';

const ROOT = join(import.meta.dirname, '..');
const CACHE = join(
  process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
  'keywarden',
  'eval-wild',
);
const MAX_SIZE = 5_000_000;
const CONTEXT = 40;
const BATCH = 32;
/**
 * Folders that tools write into node_modules while this repository builds and tests (jiti's
 * transpiled config, vite's and vitest's caches): our own code, changing from run to run.
 */
const TOOL_CACHES = new Set(['.cache', '.vite', '.vite-temp']);

type Tool = 'keywarden' | 'secretlint';

interface Args {
  tools: Tool[];
  jobs: number;
  install: boolean;
  sample: number;
}

interface TreeFile {
  path: string;
  /** Which part of the tree, and the path shown for it. */
  part: 'repo' | 'pinned';
  shown: string;
  size: number;
}

interface Alarm {
  file: number;
  rule: string;
  start: number;
  end: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    tools: ['keywarden', 'secretlint'],
    jobs: availableParallelism(),
    install: true,
    sample: 20,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? '';
    if (arg === '--tool') {
      const tool = value();
      if (tool === 'both') args.tools = ['keywarden', 'secretlint'];
      else if (tool === 'keywarden' || tool === 'secretlint') args.tools = [tool];
      else throw new Error('--tool takes keywarden, secretlint or both');
    } else if (arg === '--jobs' || arg === '--sample') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < (arg === '--jobs' ? 1 : 0))
        throw new Error(`${arg} takes a number`);
      if (arg === '--jobs') args.jobs = n;
      else args.sample = n;
    } else if (arg === '--no-install') args.install = false;
    else throw new Error(`unknown option "${arg}"`);
  }
  return args;
}

/** Installs the pinned packages into the cache unless every one is already there at its version. */
function ensureInstalled(): void {
  mkdirSync(CACHE, { recursive: true });
  const dependencies = Object.fromEntries(WILD_PACKAGES.map(([name, version]) => [name, version]));
  const manifest = `${JSON.stringify({ name: 'keywarden-eval-wild', private: true, dependencies }, null, 2)}\n`;
  const installed = (name: string) => {
    try {
      return JSON.parse(readFileSync(join(CACHE, 'node_modules', name, 'package.json'), 'utf8'))
        .version;
    } catch {
      return undefined;
    }
  };
  const current =
    existsSync(join(CACHE, 'package-lock.json')) &&
    existsSync(join(CACHE, 'package.json')) &&
    readFileSync(join(CACHE, 'package.json'), 'utf8') === manifest &&
    WILD_PACKAGES.every(([name, version]) => installed(name) === version);
  if (current) return;
  writeFileSync(join(CACHE, 'package.json'), manifest);
  console.error(`installing ${WILD_PACKAGES.length} pinned packages into ${CACHE} …`);
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: CACHE,
    // npm's own output goes to stderr: stdout is the report.
    stdio: ['ignore', 2, 'inherit'],
  });
}

function readHead(path: string, size: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(SNIFF, size));
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** One walk for both tools: every regular file, minus binary and oversized ones (counted). */
function collect() {
  const roots: [TreeFile['part'], string, string][] = [
    ['repo', join(ROOT, 'node_modules'), ROOT],
    ['pinned', join(CACHE, 'package.json'), CACHE],
    ['pinned', join(CACHE, 'package-lock.json'), CACHE],
    ['pinned', join(CACHE, 'node_modules'), CACHE],
  ];
  const files: TreeFile[] = [];
  const parts = { repo: { files: 0, bytes: 0 }, pinned: { files: 0, bytes: 0 } };
  const skipped = { binary: { files: 0, bytes: 0 }, large: { files: 0, bytes: 0 }, unreadable: 0 };
  for (const [part, root, base] of roots) {
    if (!existsSync(root)) continue;
    for (const path of walk(root, { skipDirs: TOOL_CACHES, note: () => skipped.unreadable++ })) {
      let size: number;
      let head: Buffer;
      try {
        size = statSync(path).size;
        head = size > MAX_SIZE ? Buffer.alloc(0) : readHead(path, size);
      } catch {
        skipped.unreadable++;
        continue;
      }
      parts[part].files++;
      parts[part].bytes += size;
      const skip = size > MAX_SIZE ? skipped.large : head.includes(0) ? skipped.binary : undefined;
      if (skip) {
        skip.files++;
        skip.bytes += size;
      } else files.push({ path, part, shown: relative(base, path), size });
    }
  }
  return { files, parts, skipped };
}

function batches(files: TreeFile[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH)
    out.push(files.slice(i, i + BATCH).map((f) => f.path));
  return out;
}

async function runKeywarden(files: TreeFile[], jobs: number): Promise<Alarm[]> {
  const alarms: Alarm[] = [];
  let index = 0;
  let failed = 0;
  await runBatches<string[], FileReport[]>(batches(files), {
    module: new URL('../detectors/cli/scan-worker.ts', import.meta.url),
    data: { minConfidence: 'low', maxSize: MAX_SIZE },
    jobs,
    onResult: (reports) => {
      for (const report of reports) {
        for (const { finding } of report.found)
          alarms.push({
            file: index,
            rule: finding.ruleId,
            start: finding.start,
            end: finding.end,
          });
        if (report.error) failed++;
        index++;
      }
    },
  });
  if (failed) console.log(`keywarden could not read ${num(failed)} files`);
  return alarms;
}

async function runSecretlint(files: TreeFile[], jobs: number): Promise<Alarm[]> {
  const alarms: Alarm[] = [];
  let index = 0;
  let failed = 0;
  await runBatches<string[], SecretlintReport[]>(batches(files), {
    module: new URL('./eval-wild-secretlint.ts', import.meta.url),
    jobs,
    onResult: (reports) => {
      for (const report of reports) {
        if (!report) failed++;
        for (const a of report ?? []) alarms.push({ file: index, ...a });
        index++;
      }
    },
  });
  if (failed) console.log(`secretlint could not read or lint ${num(failed)} files`);
  return alarms;
}

interface Row {
  part: TreeFile['part'];
  file: string;
  line: number;
  rule: string;
  context: string;
}

/** Line and redacted context of every alarm, reading each file with alarms once. */
function describe(files: TreeFile[], alarms: Alarm[]): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < alarms.length;) {
    const file = files[(alarms[i] as Alarm).file] as TreeFile;
    let j = i;
    while (j < alarms.length && (alarms[j] as Alarm).file === (alarms[i] as Alarm).file) j++;
    const spans = alarms.slice(i, j).sort((a, b) => a.start - b.start);
    let text = '';
    try {
      text = readFileSync(file.path, 'utf8');
    } catch {
      // Gone since the scan: the rows keep their rule with no context.
    }
    let line = 1;
    let lineAt = 0;
    spans.forEach((s, k) => {
      for (
        let n = text.indexOf('\n', lineAt);
        n >= 0 && n < s.start;
        n = text.indexOf('\n', n + 1)
      ) {
        line++;
        lineAt = n + 1;
      }
      rows.push({
        part: file.part,
        file: file.shown,
        line,
        rule: s.rule,
        context: contextLine(text, spans, k, CONTEXT),
      });
    });
    i = j;
  }
  return rows;
}

const num = (n: number) => n.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const per1000 = (n: number, files: number) => ((n * 1000) / files).toFixed(2);

function report(tool: Tool, rows: Row[], files: number, seconds: number, sample: number): void {
  console.log(
    `\n## ${tool}: ${num(rows.length)} alarms, ${per1000(rows.length, files)} per 1,000 files (${seconds.toFixed(1)} s)\n`,
  );
  const byRule = new Map<string, number>();
  for (const r of rows) byRule.set(r.rule, (byRule.get(r.rule) ?? 0) + 1);
  const sorted = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(4, ...sorted.map(([rule]) => rule.length));
  console.log(`${'rule'.padEnd(width)}  ${'alarms'.padStart(7)}  ${'/1k files'.padStart(9)}`);
  for (const [rule, n] of sorted)
    console.log(`${rule.padEnd(width)}  ${num(n).padStart(7)}  ${per1000(n, files).padStart(9)}`);
  if (sample === 0 || rows.length === 0) return;
  // A partial Fisher-Yates shuffle with a fixed seed: the same alarms give the same sample.
  const random = seededRandom(12);
  const order = rows.map((_, i) => i);
  const take = Math.min(sample, rows.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (order.length - i));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  console.log(`\nsample of ${take} (seeded):`);
  for (const i of order.slice(0, take).sort((a, b) => a - b)) {
    const r = rows[i] as Row;
    console.log(`[${r.part}] ${r.file}:${r.line} ${r.rule}\n    ${r.context}`);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.install) ensureInstalled();
  else if (!existsSync(join(CACHE, 'node_modules')))
    console.error(`no pinned packages in ${CACHE}: scanning the repository's node_modules only`);

  let t0 = performance.now();
  const { files, parts, skipped } = collect();
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  console.log('# eval:wild — alarms on third-party code\n');
  console.log(`repository node_modules: ${num(parts.repo.files)} files, ${mb(parts.repo.bytes)}`);
  console.log(
    `pinned packages (${WILD_PACKAGES.length}, ${CACHE}): ${num(parts.pinned.files)} files, ${mb(parts.pinned.bytes)}`,
  );
  console.log(
    `skipped: ${num(skipped.binary.files)} binary (${mb(skipped.binary.bytes)}), ${num(skipped.large.files)} over ${mb(MAX_SIZE)} (${mb(skipped.large.bytes)}), ${skipped.unreadable} unreadable`,
  );
  console.log(
    `scanned: ${num(files.length)} files, ${mb(bytes)} (walk ${((performance.now() - t0) / 1000).toFixed(1)} s, ${args.jobs} worker threads per tool)`,
  );

  for (const tool of args.tools) {
    t0 = performance.now();
    const alarms =
      tool === 'keywarden'
        ? await runKeywarden(files, args.jobs)
        : await runSecretlint(files, args.jobs);
    const seconds = (performance.now() - t0) / 1000;
    const rows = describe(files, alarms);
    report(tool, rows, files.length, seconds, args.sample);
    const out = join(CACHE, `alarms-${tool}.json`);
    writeFileSync(out, `${JSON.stringify(rows, null, 1)}\n`);
    console.log(`\nall ${num(rows.length)} ${tool} alarms: ${out}`);
  }
}

await main();
