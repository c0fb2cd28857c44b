/**
 * `npm run bench:server`: drives the server with autocannon — create throughput, then reveal
 * throughput — on SQLite, on one Redis node, and on one Redis node with a replica confirming every
 * create and reveal (REDIS_CONFIRM_REPLICAS=1, issue 17), and prints req/s, p50/p99 latency, errors and the
 * server's memory over each phase, the CPU time per request of the server and of each Redis
 * process, then one verdict line per target. The server runs as its own
 * process tree (`npm run server` with WORKERS, access log on, written to /dev/null), so the load
 * generator (this process) does not share its event loop. Each phase starts with a 2-second
 * warm-up of the same requests that is left out of the figures. Every reveal uses an id created
 * in the create phase (10 views each), so reveals are real 200s; anything else counts as an error.
 *
 *   npm run bench:server -- [--duration 10] [--long] [--connections 32] [--workers N]
 *                           [--only sqlite|redis] [--rounds 3] [--baseline DIR]
 *
 * The three Redis set-ups run interleaved, `--rounds` times each on the same Redis processes
 * (flushed before every run), and each row is the round with the median req/s: on a shared machine
 * one run after another mostly measures which of them met the other jobs. Set-ups are compared
 * round by round (the median of each round's ratio), and each phase says how much of the machine's
 * CPU sat idle: well above the peer's, the set-up waited on something other than the CPU.
 *
 * `--baseline DIR` also runs one Redis node with the server of another checkout (a `git worktree`
 * of an older commit, its `node_modules` linked to this one's), interleaved with the others: issue
 * 17's "within 15 % of today's", with today's measured in the same run.
 *
 * `--long` (= `--duration 60`) is the memory run: the figures include the server's RSS (all its
 * processes) sampled every 2 s: start, peak and end of each phase.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { freePort, startRedis } from '../test/server/redis-server';
import { median } from './median';

interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
}
interface Result {
  requests: Histogram;
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  ['2xx']: number;
}
interface RequestSpec {
  method?: string;
  path?: string;
  body?: string;
  headers?: Record<string, string>;
  setupRequest?: (request: RequestSpec) => RequestSpec;
  onResponse?: (status: number, body: string) => void;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: RequestSpec[];
}) => Promise<Result>;

// autocannon ships no types; this is the slice of its programmatic API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const root = resolve(import.meta.dirname, '..');

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    long: { type: 'boolean', default: false },
    connections: { type: 'string', default: '32' },
    only: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    baseline: { type: 'string' },
    // As `npm run server` by default.
    workers: { type: 'string', default: '1' },
  },
});
const duration = args.long ? 60 : Number(args.duration);
const connections = Number(args.connections);
const workers = Number(args.workers);
const rounds = Math.max(1, Number(args.rounds));
const baselineDir = args.baseline === undefined ? undefined : resolve(args.baseline);
const BASELINE = 'redis (baseline)';
const WARM_UP_SECONDS = 2;
const SAMPLE_MS = 2000;

interface Row {
  store: string;
  phase: string;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  ok: number;
  errors: number;
  /** Server RSS (all processes, MiB) every SAMPLE_MS through the phase, first to last. */
  rss: number[];
  /** Server CPU time per request, which other load on the machine barely changes. */
  cpuUs: number;
  /** CPU time per request of each Redis process behind the store: the primary, then any replica. */
  redisCpuUs: number[];
  /** The share of the whole machine's CPU time left idle during the phase, in %. */
  idle: number;
  /** req/s of every round, in run order, when the row is the median of several. */
  rounds?: number[];
}

/** The server's process and its cluster workers (not grandchildren such as esbuild's service). */
function serverPids(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return [pid, ...children.filter((child) => readCmdline(child).includes('server/main.ts'))];
  } catch {
    return [pid];
  }
}

function readCmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/** CPU seconds (user + system) the processes have used; /proc ticks are 1/100 s on Linux. */
function cpuSeconds(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    total += (Number(fields[11]) + Number(fields[12])) / 100;
  }
  return total;
}

/** The whole machine's CPU time so far, idle and in all, from /proc/stat (clock ticks). */
function machineTicks(): { idle: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  // user nice system idle iowait irq softirq steal (guest time is counted in user already).
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
  return { idle: (ticks[3] ?? 0) + (ticks[4] ?? 0), total: ticks.reduce((a, b) => a + b, 0) };
}

function rssMiB(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? '0');
  }
  return Math.round((kb / 1024) * 10) / 10;
}

// The peer: Node's own HTTP server reading the same body and answering a JSON of the same size,
// and nothing else. Measured in the same run, it is the ceiling the machine allows right now.
const PEER_SOURCE = `
const http = require('node:http');
const body = JSON.stringify({ id: 'x'.repeat(22), expiresAt: new Date().toISOString(), manageToken: 'x'.repeat(43) });
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening on'));
`;

async function startServerProcess(
  env: Record<string, string>,
  logFile: string,
  // node --import tsx (not the tsx wrapper) so the pid is the server itself, for RSS sampling.
  args = ['--import', 'tsx', join(root, 'server', 'main.ts')],
  cwd = root,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '10000000',
      RATE_LIMIT_BURST: '10000000',
      ACCESS_LOG: 'on',
      WORKERS: String(workers),
    },
    // The access log goes to a file, as it would in production; reading it here would load the
    // benchmark process instead.
    stdio: ['ignore', openSync(logFile, 'w'), 'inherit'],
  });
  // Every worker listens once the primary prints its line.
  for (let i = 0; i < 400 && child.exitCode === null; i++) {
    if (readFileSync(logFile, 'utf8').includes('listening on')) {
      return { url: `http://127.0.0.1:${port}`, child };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGTERM');
  throw new Error('server did not start');
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

async function phase(
  store: string,
  name: string,
  pids: number[],
  url: string,
  requests: RequestSpec[],
  redisPids: number[] = [],
): Promise<Row> {
  await autocannon({ url, connections, duration: WARM_UP_SECONDS, requests });
  const samples = [rssMiB(pids)];
  const machineBefore = machineTicks();
  const cpuBefore = cpuSeconds(pids);
  const redisBefore = redisPids.map((pid) => cpuSeconds([pid]));
  const timer = setInterval(() => samples.push(rssMiB(pids)), SAMPLE_MS);
  const result = await autocannon({ url, connections, duration, requests });
  clearInterval(timer);
  samples.push(rssMiB(pids));
  const cpu = cpuSeconds(pids) - cpuBefore;
  const machine = machineTicks();
  const answered = Math.max(1, result['2xx'] + result.non2xx);
  const perRequest = (seconds: number) => Math.round((seconds * 1e6) / answered);
  return {
    store,
    phase: name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    ok: result['2xx'],
    errors: result.errors + result.timeouts + result.non2xx,
    rss: samples,
    cpuUs: perRequest(cpu),
    redisCpuUs: redisPids.map((pid, i) => perRequest(cpuSeconds([pid]) - (redisBefore[i] ?? 0))),
    idle: Math.round(
      (100 * (machine.idle - machineBefore.idle)) /
        Math.max(1, machine.total - machineBefore.total),
    ),
  };
}

// A 200-byte secret, as a v1 payload (content is opaque to the server).
const PAYLOAD = Buffer.concat([Buffer.from([1]), Buffer.alloc(12 + 200 + 16, 7)]).toString(
  'base64url',
);

async function benchPeer(): Promise<Row> {
  const logDir = mkdtempSync(join(tmpdir(), 'kw-bench-log-'));
  const { url, child } = await startServerProcess({}, join(logDir, 'out.log'), ['-e', PEER_SOURCE]);
  try {
    return await phase('peer', 'node:http', [child.pid ?? 0], url, [
      {
        method: 'POST',
        path: '/api/secrets',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ payload: PAYLOAD, views: 10, expiresIn: 3600 }),
      },
    ]);
  } finally {
    await stopProcess(child);
    rmSync(logDir, { recursive: true, force: true });
  }
}

async function benchStore(
  store: string,
  env: Record<string, string>,
  redisPids: number[] = [],
  checkout = root,
): Promise<Row[]> {
  const logDir = mkdtempSync(join(tmpdir(), 'kw-bench-log-'));
  const serverArgs = ['--import', 'tsx', join(checkout, 'server', 'main.ts')];
  const { url, child } = await startServerProcess(
    env,
    join(logDir, 'access.log'),
    serverArgs,
    checkout,
  );
  const pids = serverPids(child.pid ?? 0);
  try {
    const payload = PAYLOAD;
    const ids: string[] = [];
    const run = (name: string, requests: RequestSpec[]) =>
      phase(store, name, pids, url, requests, redisPids);
    const create = await run('create', [
      {
        method: 'POST',
        path: '/api/secrets',
        headers: { 'Content-Type': 'application/json' },
        // 10 views each, so the reveal phase has enough ids to consume.
        body: JSON.stringify({ payload, views: 10, expiresIn: 3600 }),
        onResponse: (status, body) => {
          if (status === 201) ids.push((JSON.parse(body) as { id: string }).id);
        },
      },
    ]);
    let next = 0;
    const reveal = await run('reveal', [
      {
        method: 'POST',
        setupRequest: (request) => ({
          ...request,
          path: `/api/secrets/${ids[next++ % ids.length] ?? 'none'}/reveal`,
        }),
      },
    ]);
    return [create, reveal];
  } finally {
    await stopProcess(child);
    rmSync(logDir, { recursive: true, force: true });
  }
}

const CONFIRMED = 'redis+wait';

async function replicaInStep(url: string): Promise<void> {
  const client = new Redis(url);
  try {
    for (let i = 0; i < 200; i++) {
      if ((await client.info('replication')).includes('master_link_status:up')) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the replica did not sync');
  } finally {
    client.disconnect();
  }
}

/** The process of the Redis server at `url`, whose CPU time the bench reads. */
async function redisPid(url: string): Promise<number> {
  const client = new Redis(url);
  try {
    return Number(/process_id:(\d+)/.exec(await client.info('server'))?.[1]);
  } finally {
    client.disconnect();
  }
}

async function flush(url: string): Promise<void> {
  const client = new Redis(url);
  try {
    await client.flushall();
  } finally {
    client.disconnect();
  }
}

/** Per store and phase, the run with the median req/s, its `rounds` listing every run's. */
function medianRounds(runs: Row[]): Row[] {
  const groups = new Map<string, Row[]>();
  for (const run of runs) {
    const key = `${run.store} ${run.phase}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return [...groups.values()].map((group) => {
    const sorted = [...group].sort((a, b) => a.rps - b.rps);
    const median = sorted[Math.floor((sorted.length - 1) / 2)] as Row;
    return { ...median, rounds: group.map((r) => r.rps) };
  });
}

const mib = (n: number) => n.toFixed(1);
const roundsOf = (r: Row) => (r.rounds ?? [r.rps]).join('/');

/**
 * `r` against `other` round by round (a round runs every set-up in turn, a minute or two in all),
 * and the median of those ratios: the machine's speed drifts between rounds (other jobs share it)
 * more than within one, so pairs cancel most of it where the ratio of two medians may not.
 */
function pairedRatio(r: Row, other: Row): { median: number; each: string } {
  const mine = r.rounds ?? [r.rps];
  const theirs = other.rounds ?? [other.rps];
  const ratios = mine.map((rps, i) => rps / Math.max(1, theirs[i] ?? rps));
  return { median: median(ratios), each: ratios.map((x) => x.toFixed(2)).join('/') };
}

function printTable(rows: Row[]): void {
  const header = [
    'store',
    'phase',
    'req/s',
    'p50 ms',
    'p99 ms',
    'max ms',
    '2xx',
    'errors+non-2xx',
    'RSS MiB start/peak/end',
    'server CPU µs/req',
    'req/s per free core',
    'Redis CPU µs/req',
    'idle %',
  ];
  const lines = rows.map((r) => [
    r.store,
    r.phase,
    String(r.rps),
    String(r.p50),
    String(r.p99),
    String(r.max),
    String(r.ok),
    String(r.errors),
    `${mib(r.rss[0] ?? 0)}/${mib(Math.max(...r.rss))}/${mib(r.rss[r.rss.length - 1] ?? 0)}`,
    String(r.cpuUs),
    // What one core would serve at this CPU cost: other load on the machine barely moves it.
    String(Math.round(1e6 / Math.max(1, r.cpuUs))),
    // The primary's, then the replica's (+).
    r.redisCpuUs.join('+'),
    // Well above the peer's: the set-up waited on something other than the CPU.
    String(r.idle),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(fmt(line));
  console.log('');
}

/** Growth of RSS from the mean of the phase's first quarter to the mean of its last quarter. */
function rssGrowth(samples: number[]): number {
  const quarter = Math.max(1, Math.floor(samples.length / 4));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return mean(samples.slice(-quarter)) / mean(samples.slice(0, quarter)) - 1;
}

/** One line per target of issue 4 (throughput is judged on SQLite, the default store). */
function printVerdicts(rows: Row[]): void {
  const verdict = (ok: boolean, text: string) => console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
  const peer = rows.find((r) => r.store === 'peer');
  for (const r of rows) {
    if (r === peer) continue;
    if (peer) {
      console.log(
        `      ${r.store} ${r.phase}: ${(r.rps / peer.rps).toFixed(2)}× the req/s of the bare ` +
          `node:http peer (${peer.rps}/s now), ${(r.cpuUs / peer.cpuUs).toFixed(2)}× its CPU per request`,
      );
    }
    const label = `${r.store} ${r.phase}`;
    if (r.store === 'sqlite') {
      verdict(
        r.rps >= 3000,
        `${label}: ${r.rps} req/s (target ≥ 3,000; ${(r.rps / 3000).toFixed(2)}×)`,
      );
    }
    const unconfirmed = rows.find((u) => u.store === 'redis' && u.phase === r.phase);
    const baseline = rows.find((u) => u.store === BASELINE && u.phase === r.phase);
    if ((r.store === 'redis' || r.store === CONFIRMED) && baseline) {
      const paired = pairedRatio(r, baseline);
      verdict(
        paired.median >= 0.85,
        `${label}: ${paired.median.toFixed(2)}× one node with the baseline's server, round by ` +
          `round (${paired.each}; target ≥ 0.85); rounds ${roundsOf(r)} against ${roundsOf(baseline)}`,
      );
    }
    if (r.store === CONFIRMED && unconfirmed) {
      const paired = pairedRatio(r, unconfirmed);
      verdict(
        paired.median >= 0.85,
        `${label}: confirmed by a replica, ${paired.median.toFixed(2)}× one node without, round by ` +
          `round (${paired.each}; target ≥ 0.85); medians ${r.rps} against ${unconfirmed.rps} req/s ` +
          `(${(r.rps / Math.max(1, unconfirmed.rps)).toFixed(2)}×)`,
      );
      const replicated = rows.find((u) => u.store === 'redis+replica' && u.phase === r.phase);
      if (replicated) {
        console.log(
          `      ${label}: ${pairedRatio(r, replicated).median.toFixed(2)}× the same node and ` +
            `replica unconfirmed, round by round (WAIT's own cost); rounds ${roundsOf(r)} against ` +
            `${roundsOf(unconfirmed)} (one node) and ${roundsOf(replicated)} (unconfirmed)`,
        );
      }
      // The replica shares these cores with everything else here, as it would not in production:
      // what the server and its primary spend per request, apart from it.
      const primarySide = (row: Row) => row.cpuUs + (row.redisCpuUs[0] ?? 0);
      console.log(
        `      ${label}: CPU per request, server + primary: ${primarySide(r)} µs confirmed against ` +
          `${primarySide(unconfirmed)} µs on one node (${(primarySide(r) / Math.max(1, primarySide(unconfirmed))).toFixed(2)}×); ` +
          `the replica another ${r.redisCpuUs[1] ?? 0} µs`,
      );
    }
    verdict(r.p99 < 25, `${label}: p99 ${r.p99} ms (target < 25 ms)`);
    verdict(r.errors === 0, `${label}: ${r.errors} errors or non-2xx (target 0)`);
    if (duration >= 60) {
      const growth = rssGrowth(r.rss);
      verdict(
        growth < 0.1,
        `${label}: RSS ${(growth * 100).toFixed(1)} % from first to last quarter over ${duration} s ` +
          `(target: flat, < 10 %)`,
      );
    }
  }
  if (duration < 60) console.log('(memory: run with --long for the 60-second verdict)');
}

async function main(): Promise<void> {
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  console.log(
    `bench: ${duration} s per phase after ${WARM_UP_SECONDS} s warm-up, ${connections} connections, ` +
      `${workers} server worker(s), ${availableParallelism()} cores, Node ${process.version}`,
  );
  // Other work on the machine skews every figure below; the load average says how much.
  console.log(`load average before: ${load()}`);
  const rows: Row[] = [await benchPeer()];
  if (args.only !== 'redis') {
    const dataDir = mkdtempSync(join(tmpdir(), 'kw-bench-'));
    try {
      rows.push(...(await benchStore('sqlite', { DATA_DIR: dataDir })));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (args.only !== 'sqlite') {
    const single = await startRedis();
    // The same single node with a replica, measured without and with each create and reveal
    // confirmed by it (WAIT); the replica alone costs the machine something (it shares the cores).
    const primary = await startRedis();
    const replica = await startRedis(['--replicaof', '127.0.0.1', String(primary.port)]);
    try {
      await replicaInStep(replica.url);
      const singlePids = [await redisPid(single.url)];
      const replicatedPids = [await redisPid(primary.url), await redisPid(replica.url)];
      const runs: Row[] = [];
      for (let round = 0; round < rounds; round++) {
        await flush(single.url);
        runs.push(...(await benchStore('redis', { REDIS_URL: single.url }, singlePids)));
        if (baselineDir) {
          await flush(single.url);
          runs.push(
            ...(await benchStore(BASELINE, { REDIS_URL: single.url }, singlePids, baselineDir)),
          );
        }
        await flush(primary.url);
        runs.push(
          ...(await benchStore('redis+replica', { REDIS_URL: primary.url }, replicatedPids)),
        );
        await flush(primary.url);
        const confirmed = { REDIS_URL: primary.url, REDIS_CONFIRM_REPLICAS: '1' };
        runs.push(...(await benchStore(CONFIRMED, confirmed, replicatedPids)));
      }
      rows.push(...medianRounds(runs));
    } finally {
      await replica.stop();
      await primary.stop();
      await single.stop();
    }
  }
  console.log(`load average after: ${load()}\n`);
  printTable(rows);
  printVerdicts(rows);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});
