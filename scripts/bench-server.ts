/**
 * `npm run bench:server`: drives the server with autocannon — create throughput, then reveal
 * throughput — on SQLite and then on Redis, and prints req/s, p50/p99 latency, errors and the
 * server's RSS over each phase. The server runs as its own process (with its access log on,
 * written to /dev/null) so the load generator does not share its event loop.
 *
 *   npx tsx scripts/bench-server.ts [--duration 10] [--long] [--connections 32] [--only sqlite|redis]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, startRedis } from '../test/server/redis-server';

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
  },
});
const duration = args.long ? 60 : Number(args.duration);
const connections = Number(args.connections);

interface Row {
  store: string;
  phase: string;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  ok: number;
  errors: number;
  /** RSS at 0, 25, 50, 75 and 100 % of the phase: flat late quarters mean no leak. */
  rss: number[];
  heapEnd: number;
  /** Server CPU time per request, which other load on the machine barely changes. */
  cpuUs: number;
}

/** CPU seconds (user + system) the process has used; /proc ticks are 1/100 s on Linux. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? '0');
  return Math.round((kb / 1024) * 10) / 10;
}

async function startServerProcess(
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  // node --import tsx (not the tsx wrapper) so the pid is the server itself, for RSS sampling.
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server', 'main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '10000000',
      RATE_LIMIT_BURST: '10000000',
      ACCESS_LOG: 'on',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
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
  pid: number,
  url: string,
  requests: RequestSpec[],
): Promise<Row> {
  const samples = [rssMiB(pid)];
  const cpuBefore = cpuSeconds(pid);
  const timer = setInterval(() => samples.push(rssMiB(pid)), 500);
  const result = await autocannon({ url, connections, duration, requests });
  clearInterval(timer);
  samples.push(rssMiB(pid));
  const cpu = cpuSeconds(pid) - cpuBefore;
  const metrics = await (await fetch(`${url}/metrics`)).text();
  const heap = Number(/^nodejs_heap_used_bytes (\d+)$/m.exec(metrics)?.[1] ?? '0');
  return {
    store,
    phase: name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    ok: result['2xx'],
    errors: result.errors + result.timeouts + result.non2xx,
    rss: [0, 0.25, 0.5, 0.75, 1].map((q) => samples[Math.round(q * (samples.length - 1))] ?? 0),
    heapEnd: Math.round((heap / 1048576) * 10) / 10,
    cpuUs: Math.round((cpu * 1e6) / Math.max(1, result['2xx'] + result.non2xx)),
  };
}

async function benchStore(store: string, env: Record<string, string>): Promise<Row[]> {
  const { url, child } = await startServerProcess(env);
  const pid = child.pid ?? 0;
  try {
    // Warm-up: JIT, SQLite page cache, Redis script cache.
    await autocannon({
      url,
      connections,
      duration: 2,
      requests: [{ method: 'GET', path: '/healthz' }],
    });
    // A 200-byte secret, as a v1 payload (content is opaque to the server).
    const payload = Buffer.concat([Buffer.from([1]), Buffer.alloc(12 + 200 + 16, 7)]).toString(
      'base64url',
    );
    const ids: string[] = [];
    const create = await phase(store, 'create', pid, url, [
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
    const reveal = await phase(store, 'reveal', pid, url, [
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
  }
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
    'errors',
    'RSS MiB at 0/25/50/75/100 %',
    'heap MiB end',
    'server CPU µs/req',
    'req/s per core',
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
    r.rss.join(' '),
    String(r.heapEnd),
    String(r.cpuUs),
    String(Math.round(1e6 / Math.max(1, r.cpuUs))),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(fmt(line));
  console.log('');
  for (const r of rows) {
    console.log(
      `${r.store} ${r.phase}: ${(r.rps / 3000).toFixed(2)}× the 3,000 req/s target ` +
        `(${(1e6 / Math.max(1, r.cpuUs) / 3000).toFixed(2)}× projected from server CPU per request), ` +
        `p99 ${(r.p99 / 25).toFixed(2)}× the 25 ms budget, ` +
        `RSS end ÷ mid-phase ${((r.rss[4] ?? 0) / (r.rss[2] || 1)).toFixed(2)}`,
    );
  }
}

async function main(): Promise<void> {
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  console.log(
    `bench: ${duration} s per phase, ${connections} connections, Node ${process.version}`,
  );
  // Other work on the machine skews every figure below; the load average says how much.
  console.log(`load average before: ${load()}`);
  const rows: Row[] = [];
  if (args.only !== 'redis') {
    const dataDir = mkdtempSync(join(tmpdir(), 'kw-bench-'));
    try {
      rows.push(...(await benchStore('sqlite', { DATA_DIR: dataDir })));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (args.only !== 'sqlite') {
    const redis = await startRedis();
    try {
      rows.push(...(await benchStore('redis', { REDIS_URL: redis.url })));
    } finally {
      await redis.stop();
    }
  }
  console.log(`load average after: ${load()}\n`);
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});
