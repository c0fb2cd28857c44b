/**
 * Throughput of Keywarden's scan against secretlint (recommended preset) on the same mixed text
 * (chat, code, JSON, logs) at 1 KB, 10 KB, 1 MB and 10 MB, the median time to decide a 10 KB
 * paste, and peak memory against input size, with a verdict per target. Also checks that both
 * tools read the whole input (a secret planted at its start, middle and end is found by each) and
 * prints the floor any per-character JavaScript scanner sits on. Prints; asserts nothing.
 * Run: npx tsx scripts/bench-detectors.ts
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { fake } from '../detectors/fake';
import { scan } from '../detectors/index';
import { KeywordMatcher } from '../detectors/prefilter';
import { allRules } from '../detectors/all-rules';
import { githubBody } from '../detectors/rules/github';

const f = fake(4242);

const CHUNKS: (() => string)[] = [
  () =>
    `hey, did the deploy go out? the token refresh job failed again around ${f.int(1, 12)}pm, I think the password rotation broke it\n`,
  () =>
    `const user = await db.users.findOne({ id: req.params.id });\nif (!user) return res.status(404).json({ error: 'not found' });\n`,
  () =>
    `{"id": "${f.chars(8, 'hexLower')}-${f.chars(4, 'hexLower')}", "name": "item-${f.int(1, 999)}", "tags": ["a", "b"], "price": ${f.int(1, 500)}.99}\n`,
  () =>
    `2025-03-0${f.int(1, 9)}T12:${f.int(10, 59)}:${f.int(10, 59)}Z INFO http GET /api/v1/items?page=${f.int(1, 50)} 200 ${f.int(2, 90)}ms trace=${f.chars(16, 'hexLower')}\n`,
  () =>
    `def handler(event, context):\n    secret_name = os.environ["SECRET_NAME"]\n    return {"statusCode": 200}\n`,
  () => `- name: Build\n  run: npm ci && npm run build\n  env:\n    NODE_ENV: production\n`,
];

function mixedText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const chunk = (CHUNKS[f.int(0, CHUNKS.length - 1)] as () => string)();
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('').slice(0, bytes);
}

async function secretlint(text: string): Promise<number> {
  const r = await lintSource({
    source: { content: text, filePath: '/virtual/bench.txt', contentType: 'text' },
    options: {
      config: {
        rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }],
      },
      noPhysicFilePath: true,
    },
  });
  return r.messages.length;
}

/** Milliseconds of CPU this process has used (all its threads, GC included). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface Timing {
  /** Median wall-clock time of one call. */
  wall: number;
  /** Median CPU time of one call: what a quiet machine's wall clock would show. */
  cpu: number;
}

/**
 * Median times of `runs` calls of each function, after warming each up for at least WARM_MS
 * (and 5 calls). The two take turns in ROUNDS blocks of calls, so a burst of load from other
 * processes on a shared machine falls on both rather than on whichever ran at that moment, while
 * each still pays for its own garbage collection (call-by-call turns would bill secretlint's
 * garbage to Keywarden's short calls). CPU time is kept beside wall time because other
 * processes' load does not count in it.
 */
const WARM_MS = 400;
const ROUNDS = 5;
async function pairedMedians(
  a: () => unknown,
  b: () => unknown,
  runs: number,
): Promise<[Timing, Timing]> {
  for (const fn of [a, b]) {
    const warmUntil = performance.now() + WARM_MS;
    for (let i = 0; i < 5 || performance.now() < warmUntil; i++) await fn();
  }
  const wall: [number[], number[]] = [[], []];
  const cpu: [number[], number[]] = [[], []];
  const perRound = Math.ceil(runs / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [j, fn] of [a, b].entries()) {
      for (let i = 0; i < perRound; i++) {
        const c0 = cpuMs();
        const t0 = performance.now();
        await fn();
        wall[j]?.push(performance.now() - t0);
        cpu[j]?.push(cpuMs() - c0);
      }
    }
  }
  const mid = (t: number[]) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)] as number;
  return [
    { wall: mid(wall[0]), cpu: mid(cpu[0]) },
    { wall: mid(wall[1]), cpu: mid(cpu[1]) },
  ];
}

const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
const row = (bytes: number, k: number, s: number) =>
  `${mbps(bytes, k).toFixed(1).padStart(19)} ${mbps(bytes, s).toFixed(1).padStart(11)} ${(s / k).toFixed(1).padStart(5)}x`;

/** A GitHub token with a valid checksum: a secret both tools report. */
function plantable(): string {
  return 'gh' + 'p_' + githubBody(f);
}

/** The text with a known secret at its start, middle and end. */
function planted(text: string, token: string): string {
  const mid = text.indexOf('\n', text.length >> 1) + 1;
  return `${token}\n${text.slice(0, mid)}${token}\n${text.slice(mid)}\n${token}\n`;
}

/**
 * The cost floor of any scanner that reads every character in JavaScript, against V8's native
 * search for one literal prefix (what each secretlint rule runs); and Keywarden's keyword pass
 * alone, on the ASCII text (scanned as bytes) and on the same text with one "é" per 16 KB chunk
 * (which sends every chunk through the charCodeAt loop instead). Turns alternate, so a burst of
 * load falls on all of them.
 */
function floors(text: string): Record<'loop' | 'literal' | 'bytes' | 'chars', number> {
  let sink = 0;
  const matcher = new KeywordMatcher([...new Set(allRules.flatMap((r) => r.keywords))]);
  const onHit = (k: number) => {
    sink += k;
  };
  let accented = '';
  for (let at = 0; at < text.length; at += 16384) accented += 'é' + text.slice(at + 1, at + 16384);
  const fns = {
    loop: () => {
      let s = 0;
      for (let i = 0; i < text.length; i++) s = (s + text.charCodeAt(i)) | 0;
      sink ^= s;
    },
    literal: () => {
      const re = /ghp_[A-Za-z0-9]{36}/g;
      while (re.exec(text)) sink++;
    },
    bytes: () => matcher.forEachHit(text, onHit),
    chars: () => matcher.forEachHit(accented, onHit),
  };
  const names = Object.keys(fns) as (keyof typeof fns)[];
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<
    keyof typeof fns,
    number[]
  >;
  for (let round = 0; round < 30; round++) {
    for (const name of names) {
      const t0 = performance.now();
      fns[name]();
      if (round >= 10) times[name].push(performance.now() - t0);
    }
  }
  if (sink === 0.5) console.log(sink); // keeps the loops from being optimised away
  const mid = (t: number[]) => t.sort((a, b) => a - b)[t.length >> 1] as number;
  return {
    loop: mid(times.loop),
    literal: mid(times.literal),
    bytes: mid(times.bytes),
    chars: mid(times.chars),
  };
}

async function main() {
  scan('warm up ghp_ token password=abc'); // build the engine outside the timings
  const results: { label: string; bytes: number; k: Timing; s: Timing }[] = [];
  console.log(
    'size      MB/s wall: keywarden  secretlint  ratio | MB/s CPU: keywarden  secretlint  ratio | planted secrets found',
  );
  for (const [label, bytes] of [
    ['1 KB', 1e3],
    ['10 KB', 1e4],
    ['1 MB', 1e6],
    ['10 MB', 1e7],
  ] as const) {
    const text = mixedText(bytes);
    const runs = bytes >= 1e7 ? 7 : bytes >= 1e6 ? 15 : 101;
    const [k, s] = await pairedMedians(
      () => scan(text),
      () => secretlint(text),
      runs,
    );
    // Both must see the whole input: a secret at the start, middle and end is found by each.
    const token = plantable();
    const check = planted(text, token);
    const kFound = scan(check).filter((x) => check.slice(x.start, x.end) === token).length;
    const sFound = await secretlint(check);
    results.push({ label, bytes, k, s });
    console.log(
      `${label.padEnd(8)}  ${row(bytes, k.wall, s.wall)} |           ${row(bytes, k.cpu, s.cpu)} | keywarden ${kFound}/3, secretlint ${sFound}/3`,
    );
  }

  const paste = mixedText(1e4);
  const samples: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    scan(paste);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const decide = samples[250] as number;
  console.log(
    `\n10 KB paste decide time: median ${decide.toFixed(3)} ms, p95 ${(samples[475] as number).toFixed(3)} ms`,
  );

  // Peak memory in a fresh child process per size: the rise of peak RSS across one scan (see
  // memoryChild), whatever the GC did meanwhile, median of 3 children. "warm" scans a different
  // 64 KB text 30 times first, as a content script that has been in use has: what is left is
  // the scan's own data. "cold" is the first scan in a fresh process, which also pays two one-off
  // costs that do not grow with the input: V8's optimising compiler (its working memory while it
  // compiles the scan's hot functions) and the young generation growing from its initial size
  // as the scan makes short-lived garbage (match objects; about 2 MB per MB of this text).
  // "young generation capped" runs cold with --max-semi-space-size=1, so the rest is mostly the
  // compiler; "jitless" runs without any compiler, interpreted (slower, and it makes more garbage).
  const memory: { bytes: number; warm: number; cold: number }[] = [];
  for (const bytes of [1e6, 1e7]) {
    const figures: string[] = [];
    const ratios: Record<string, number> = {};
    for (const [label, flags, mode] of [
      ['warm', [], 'warm'],
      ['cold', [], 'cold'],
      ['cold, young generation capped', ['--max-semi-space-size=1'], 'cold'],
      ['cold, jitless', ['--jitless'], 'cold'],
    ] as const) {
      const peaks: number[] = [];
      let input = bytes;
      for (let run = 0; run < 3; run++) {
        const child = spawnSync(
          process.execPath,
          [
            ...flags,
            ...process.execArgv,
            fileURLToPath(import.meta.url),
            '--memory',
            String(bytes),
            mode,
          ],
          { encoding: 'utf8' },
        );
        const m = JSON.parse(child.stdout.trim().split('\n').pop() as string) as {
          peak: number;
          input: number;
        };
        peaks.push(m.peak);
        input = m.input;
      }
      const peak = peaks.sort((a, b) => a - b)[1] as number;
      ratios[label] = peak / input;
      figures.push(`${label} ${(peak / 1e6).toFixed(1)} MB = ${(peak / input).toFixed(2)}x`);
    }
    console.log(`peak extra RSS for ${bytes / 1e6} MB input: ${figures.join('; ')}`);
    memory.push({ bytes, warm: ratios.warm ?? NaN, cold: ratios.cold ?? NaN });
  }

  const big = mixedText(1e6);
  const floor = floors(big);
  const at1mb = results.find((r) => r.bytes === 1e6);
  console.log(
    `\nfloors on 1 MB (wall): a bare charCodeAt loop ${mbps(1e6, floor.loop).toFixed(0)} MB/s; V8's native search for one literal prefix (one secretlint rule) ${mbps(1e6, floor.literal).toFixed(0)} MB/s`,
  );
  console.log(
    `keyword pass alone on 1 MB (wall): ASCII text scanned as bytes ${mbps(1e6, floor.bytes).toFixed(0)} MB/s; the same text with one non-ASCII character per 16 KB, scanned with charCodeAt ${mbps(1e6, floor.chars).toFixed(0)} MB/s (${(floor.chars / floor.bytes).toFixed(2)}x the time)`,
  );
  if (at1mb) {
    const need = 10 * mbps(1e6, at1mb.s.wall);
    console.log(
      `10x secretlint at 1 MB means ${need.toFixed(0)} MB/s: ${(need / mbps(1e6, floor.loop)).toFixed(1)}x the speed of a loop that only reads each character once`,
    );
  }

  const both = (ok: (t: 'wall' | 'cpu') => boolean, show: (t: 'wall' | 'cpu') => string) =>
    `wall ${show('wall')} (${verdict(ok('wall'))}), CPU ${show('cpu')} (${verdict(ok('cpu'))})`;
  console.log('\ntargets:');
  for (const r of results.filter((x) => x.bytes >= 1e6))
    console.log(
      `  >= 50 MB/s on text with no secrets (${r.label}): ${both(
        (t) => mbps(r.bytes, r.k[t]) >= 50,
        (t) => `${mbps(r.bytes, r.k[t]).toFixed(1)} MB/s`,
      )}`,
    );
  for (const r of results)
    console.log(
      `  >= 10x secretlint (${r.label}): ${both(
        (t) => r.s[t] / r.k[t] >= 10,
        (t) => `${(r.s[t] / r.k[t]).toFixed(1)}x`,
      )}`,
    );
  console.log(
    `  10 KB decided in < 1 ms (median, wall): ${decide.toFixed(3)} ms, ${verdict(decide < 1)}`,
  );
  for (const m of memory)
    console.log(
      `  peak memory < 3x input (${m.bytes / 1e6} MB): warm ${m.warm.toFixed(2)}x (${verdict(m.warm < 3)}), cold ${m.cold.toFixed(2)}x (${verdict(m.cold < 3)})`,
    );
}

/** A field of /proc/self/status in bytes (Linux), e.g. VmRSS or VmHWM (peak RSS). */
function procStatus(field: string): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync('/proc/self/status', 'utf8'),
    );
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Child mode: one scan of `bytes` of text, reporting how far RSS rose above its level just
 * before the scan. On Linux the peak (VmHWM) is reset first, so building the input text, whose
 * own peak is higher than the scan's, cannot hide the scan; elsewhere maxRSS is the fallback.
 */
async function memoryChild(bytes: number, mode: string): Promise<void> {
  const text = mixedText(bytes);
  scan('warm up ghp_ token password=abc');
  if (mode === 'warm') {
    const other = mixedText(65536);
    for (let i = 0; i < 30; i++) scan(other);
    // Let background compilation the warm-up started finish before measuring.
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  // One byte per character: the text is ASCII, which V8 stores one byte a character.
  const input = text.length;
  let reset = false;
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    reset = true;
  } catch {
    // not Linux, or not allowed: fall back to maxRSS
  }
  const rss = procStatus('VmRSS');
  const before = reset && rss !== undefined ? rss : process.resourceUsage().maxRSS * 1024;
  scan(text);
  const after = reset ? procStatus('VmHWM') : undefined;
  const peak = (after ?? process.resourceUsage().maxRSS * 1024) - before;
  console.log(JSON.stringify({ peak, input }));
}

const memoryArg = process.argv.indexOf('--memory');
if (memoryArg >= 0)
  memoryChild(Number(process.argv[memoryArg + 1]), process.argv[memoryArg + 2] ?? 'cold');
else await main();
