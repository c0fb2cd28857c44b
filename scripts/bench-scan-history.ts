/**
 * `npm run bench:scan-history`: builds a repository of 10,000 commits in a temporary directory
 * with `git fast-import` (each commit appends a few lines of code to one of 500 files; every
 * 100th adds a GitHub token assembled here from parts), then times, in the same run and in turns,
 * `keywarden scan --git` against its floor, `git log -p | keywarden scan` (the whole patch text
 * piped to the plain scanner: no parsing, no commit attribution). Prints both, the ratio, and the
 * verdict on the target (history scan under 60 s).
 *
 *   npm run bench:scan-history -- [--commits 10000] [--lines 3] [--files 500] [--runs 3] [--jobs N]
 *                                 [--keep]   (leaves the repository in place and prints its path)
 *
 * `--lines 40 --files 5000` makes a history large enough (about 25 MB of added lines) for the
 * worker pool to take over from the main thread.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fake } from '../detectors/fake';
import { crc32, toBase62 } from '../detectors/validators/checksum';

const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: '10000' },
    lines: { type: 'string', default: '3' },
    files: { type: 'string', default: '500' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    jobs: { type: 'string', default: String(availableParallelism()) },
  },
});
const COMMITS = Number(values.commits);
const RUNS = Number(values.runs);
const FILES = Number(values.files);
const LINES = Number(values.lines);
const SECRET_EVERY = 100;
const BIN = join(import.meta.dirname, '..', 'bin', 'keywarden.js');

const f = fake(18);
const token = () => {
  const body = f.chars(30);
  return 'gh' + 'p_' + body + toBase62(crc32(body), 6);
};

/** The fast-import stream: every commit rewrites one file with a few more lines at its end. */
function importStream(): { stream: string; secrets: number } {
  const files: string[][] = Array.from({ length: FILES }, () => []);
  const out: string[] = [];
  let secrets = 0;
  for (let c = 0; c < COMMITS; c++) {
    const n = c % FILES;
    const lines = files[n] as string[];
    for (let k = 0; k < LINES; k++)
      lines.push(
        `export const v${lines.length} = compute(${f.int(0, 999)}, "${f.chars(12, 'lower')}");`,
      );
    if (c % SECRET_EVERY === SECRET_EVERY - 1) {
      lines.push(`const auth = "${token()}";`);
      secrets++;
    }
    const content = lines.join('\n') + '\n';
    const message = `change ${c}`;
    out.push(
      'commit refs/heads/main',
      `author Dev ${c % 7} <dev${c % 7}@example.com> ${1_700_000_000 + c * 60} +0000`,
      `committer Dev ${c % 7} <dev${c % 7}@example.com> ${1_700_000_000 + c * 60} +0000`,
      `data ${Buffer.byteLength(message)}`,
      message,
      `M 100644 inline src/module-${n}.ts`,
      `data ${Buffer.byteLength(content)}`,
      content,
    );
  }
  return { stream: out.join('\n') + '\n', secrets };
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

function timed(command: string, args: string[], cwd: string): { s: number; out: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const s = seconds(start);
  if (r.status !== 1)
    throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { s, out: r.stdout };
}

const repo = mkdtempSync(join(tmpdir(), 'keywarden-bench-history-'));
try {
  let start = process.hrtime.bigint();
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  const { stream, secrets } = importStream();
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: stream });
  console.log(
    `repository: ${COMMITS} commits, ${FILES} files, ${secrets} secrets, ` +
      `made in ${seconds(start).toFixed(1)} s (${(stream.length / 1e6).toFixed(1)} MB fast-import stream)`,
  );
  start = process.hrtime.bigint();
  const patch = execFileSync('git', ['log', '-p'], { cwd: repo, maxBuffer: 1 << 30 });
  console.log(
    `git log -p alone: ${seconds(start).toFixed(2)} s, ${(patch.length / 1e6).toFixed(1)} MB`,
  );

  const history: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const h = timed(
      process.execPath,
      [BIN, 'scan', '--git', '--format', 'json', '--jobs', values.jobs],
      repo,
    );
    const rows = JSON.parse(h.out) as { commit: string; line: number }[];
    if (rows.length !== secrets || rows.some((r) => !r.commit || !r.line))
      throw new Error(`--git found ${rows.length} of ${secrets} secrets`);
    history.push(h.s);
    const p = timed('sh', ['-c', `git log -p | "${process.execPath}" "${BIN}" scan --json`], repo);
    // Context lines repeat a secret in later commits' hunks: the floor finds it again there.
    const found = (JSON.parse(p.out) as unknown[]).length;
    if (found < secrets) throw new Error(`the floor found ${found} of ${secrets} secrets`);
    floor.push(p.s);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
  const h = median(history);
  const p = median(floor);
  console.log(`\n| Scan (median of ${RUNS}, --jobs ${values.jobs}) | Seconds | Runs |`);
  console.log('| --- | --- | --- |');
  console.log(
    `| keywarden scan --git | ${h.toFixed(2)} | ${history.map((x) => x.toFixed(2)).join(', ')} |`,
  );
  console.log(
    `| git log -p \\| keywarden scan | ${p.toFixed(2)} | ${floor.map((x) => x.toFixed(2)).join(', ')} |`,
  );
  console.log(`\nratio --git / floor: ${(h / p).toFixed(2)}×`);
  console.log(
    `target: history scan of ${COMMITS} commits under 60 s: ${h < 60 ? 'met' : 'NOT met'} (${h.toFixed(1)} s)`,
  );
} finally {
  if (values.keep) console.log(`kept ${repo}`);
  else rmSync(repo, { recursive: true, force: true });
}
