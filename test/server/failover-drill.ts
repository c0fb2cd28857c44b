import { fakePayload } from './harness';
import { sleep, type RedisTopologyUnderTest } from './redis-topology';

/**
 * Clients create and reveal links of one and of two views through several server processes while
 * a topology's primaries are killed (`kill -9`) or hung (DEBUG SLEEP) one after another. Every 201
 * a server answers with confirmation on is a confirmed create; at the end each has opened (or had)
 * at most as many times as its views, and at least once, or it counts as lost.
 */
export interface DrillReport {
  failovers: number;
  createsSent: number;
  /** 201s: with REDIS_CONFIRM_REPLICAS set, each one confirmed by a replica. */
  createsConfirmed: number;
  revealsAnswered: number;
  /** Links answered 201 that no reveal ever returned, and that were gone at the end. */
  lostConfirmedCreates: number;
  /** Of those, links whose reveal had failed (503 or no answer) first: never shown, but gone. */
  lostAfterFailedReveal: number;
  /** Views of two-view links that opened once and were gone at the end (availability). */
  lostViews: number;
  /** Answers 200 beyond a link's views. */
  doubleReveals: number;
  unavailable503: number;
  /** Anything else: other statuses, requests without an answer within 10 s. */
  otherErrors: number;
  /** The same by kind: `HTTP 500`, `no answer in 10 s`, `connection failed`. */
  otherErrorsBy: Record<string, number>;
  /** Per failover: from the fault until the last request that failed or took over 1 s ended. */
  failoverMs: number[];
  /** The same, by fault: `kill -9`, or DEBUG SLEEP of the primary. */
  failoverMsBy: { kill: number[]; hang: number[] };
  /** Whether every server answered a create and a reveal afterwards, without a restart. */
  recovered: boolean;
}

interface Options {
  topology: RedisTopologyUnderTest;
  servers: string[];
  failovers: number;
  clients?: number;
  log?: (line: string) => void;
}

const SLOW_MS = 1000;

export async function runFailoverDrill(options: Options): Promise<DrillReport> {
  const { topology, servers, failovers } = options;
  const report: DrillReport = {
    failovers: 0,
    createsSent: 0,
    createsConfirmed: 0,
    revealsAnswered: 0,
    lostConfirmedCreates: 0,
    lostAfterFailedReveal: 0,
    lostViews: 0,
    doubleReveals: 0,
    unavailable503: 0,
    otherErrors: 0,
    otherErrorsBy: {},
    failoverMs: [],
    failoverMsBy: { kill: [], hang: [] },
    recovered: false,
  };
  const pending: string[] = [];
  const viewsOf = new Map<string, number>();
  /** How many times each link has opened. */
  const opened = new Map<string, number>();
  const failedReveal = new Set<string>();
  const missing = new Set<string>();
  // End times of the requests that failed or were slow, for the failover windows.
  const bad: number[] = [];
  const payload = fakePayload(64);
  const server = () => servers[Math.floor(Math.random() * servers.length)] ?? '';
  // What each link went through (when, which server, what answered), told for a link lost.
  const began = Date.now();
  const trails = new Map<string, string[]>();
  const note = (id: string, url: string, what: string) => {
    const trail = trails.get(id) ?? [];
    trail.push(`${Date.now() - began} ms server ${servers.indexOf(url)} ${what}`);
    trails.set(id, trail);
  };

  async function request(
    base: string,
    path: string,
    init: RequestInit,
    views = 1,
  ): Promise<number> {
    const started = Date.now();
    let status: number;
    let failure = '';
    try {
      const res = await fetch(base + path, { ...init, signal: AbortSignal.timeout(10_000) });
      status = res.status;
      if (status === 201) {
        const { id } = (await res.json()) as { id: string };
        note(id, base, `create of ${views} views answered 201 after ${Date.now() - started} ms`);
        viewsOf.set(id, views);
        pending.push(id);
      } else await res.arrayBuffer();
    } catch (error) {
      status = 0;
      failure =
        (error as Error).name === 'TimeoutError' ? 'no answer in 10 s' : 'connection failed';
    }
    const ended = Date.now();
    if (status === 0 || status >= 500 || ended - started > SLOW_MS) bad.push(ended);
    if (status === 503) report.unavailable503++;
    else if (status === 0 || status >= 500) {
      report.otherErrors++;
      const kind = failure || `HTTP ${status}`;
      report.otherErrorsBy[kind] = (report.otherErrorsBy[kind] ?? 0) + 1;
      options.log?.(
        `${path.endsWith('/reveal') ? 'reveal' : 'create'} on server ` +
          `${servers.indexOf(base)}: ${kind} after ${ended - started} ms, ${started - began} ms in`,
      );
    }
    return status;
  }

  async function create(): Promise<void> {
    report.createsSent++;
    // Two views: a first view leaves a mark, and the last view's claim may settle before the
    // first comes back after a failed confirmation.
    const views = report.createsSent % 2 === 0 ? 2 : 1;
    const status = await request(
      server(),
      '/api/secrets',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ payload, views }),
      },
      views,
    );
    if (status === 201) report.createsConfirmed++;
  }

  const viewsLeft = (id: string) => (viewsOf.get(id) ?? 1) - (opened.get(id) ?? 0);

  async function reveal(id: string): Promise<number> {
    const base = server();
    const started = Date.now();
    const status = await request(base, `/api/secrets/${id}/reveal`, { method: 'POST' });
    note(id, base, `reveal answered ${status} after ${Date.now() - started} ms`);
    if (status === 200) {
      report.revealsAnswered++;
      if (viewsLeft(id) <= 0) report.doubleReveals++;
      opened.set(id, (opened.get(id) ?? 0) + 1);
      missing.delete(id);
    } else if (status === 404) {
      if (viewsLeft(id) > 0) missing.add(id);
    } else {
      failedReveal.add(id);
    }
    return status;
  }

  let running = true;
  const clients = Array.from({ length: options.clients ?? 8 }, async () => {
    while (running) {
      const id = pending.length > 20 || Math.random() < 0.5 ? pending.shift() : undefined;
      if (id === undefined) await create();
      else {
        const status = await reveal(id);
        // Retried later, as a user would press Reveal again; a view left is taken later.
        if (status !== 404 && viewsLeft(id) > 0) pending.push(id);
      }
    }
  });

  try {
    for (let round = 0; round < failovers; round++) {
      await sleep(500);
      const how = round % 2 === 0 ? 'kill' : 'hang';
      const faultAt = Date.now();
      options.log?.(`failover ${round + 1}/${failovers} (${how}) at ${faultAt - began} ms`);
      await topology.failover(how);
      report.failovers++;
      await sleep(500);
      const window = Math.max(0, ...bad.filter((t) => t >= faultAt).map((t) => t - faultAt));
      report.failoverMs.push(window);
      report.failoverMsBy[how].push(window);
      options.log?.(`failover ${round + 1}/${failovers} (${how}): clients saw ${window} ms`);
    }
  } finally {
    running = false;
    await Promise.all(clients);
  }

  // Views given back after a failed confirmation are restored in the background.
  await sleep(1500);
  report.recovered = await recovers(servers, options.log);
  for (const id of [...new Set([...pending, ...missing])]) {
    for (let attempt = 0; attempt < 40 && viewsLeft(id) > 0; attempt++) {
      const status = await reveal(id);
      if (status === 404) break;
      if (status !== 200) await sleep(250);
    }
    if (viewsLeft(id) <= 0) continue;
    if (!opened.has(id)) {
      report.lostConfirmedCreates++;
      if (failedReveal.has(id)) report.lostAfterFailedReveal++;
    } else report.lostViews += viewsLeft(id);
    options.log?.(`lost ${id}: ${(trails.get(id) ?? []).join('; ')}`);
  }
  // Every link has given all its views: one more answer anywhere is a double reveal.
  for (const id of opened.keys()) {
    if (viewsLeft(id) > 0) continue;
    const res = await fetch(`${server()}/api/secrets/${id}/reveal`, { method: 'POST' });
    await res.arrayBuffer();
    if (res.status === 200) report.doubleReveals++;
  }
  return report;
}

async function recovers(servers: string[], log?: (line: string) => void): Promise<boolean> {
  for (const url of servers) {
    let ok = false;
    for (let attempt = 0; attempt < 80 && !ok; attempt++) {
      const res = await fetch(`${url}/api/secrets`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ payload: fakePayload() }),
      }).catch(() => undefined);
      if (res?.status === 201) {
        const { id } = (await res.json()) as { id: string };
        const revealed = await fetch(`${url}/api/secrets/${id}/reveal`, { method: 'POST' });
        await revealed.arrayBuffer();
        ok = revealed.status === 200;
        if (!ok) log?.(`recovery: reveal answered ${revealed.status}`);
      } else {
        log?.(`recovery: create answered ${res?.status ?? 'nothing'}`);
        await res?.arrayBuffer();
        await sleep(250);
      }
    }
    if (!ok) {
      log?.(`${url} did not recover`);
      return false;
    }
  }
  return true;
}

const max = (values: number[]) => Math.max(0, ...values);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** The report as the lines `npm run chaos:server` prints. */
export function describeDrill(name: string, r: DrillReport): string[] {
  return [
    `${name}: ${r.failovers} failovers (kill -9 and DEBUG SLEEP of a primary, in turn)`,
    `  creates sent ${r.createsSent}, answered 201 and confirmed ${r.createsConfirmed}`,
    `  lost confirmed creates ${r.lostConfirmedCreates}` +
      ` (of which after a failed reveal, never shown: ${r.lostAfterFailedReveal});` +
      ` second views lost: ${r.lostViews}`,
    `  reveals answered 200: ${r.revealsAnswered}; double reveals: ${r.doubleReveals}`,
    `  503 (retryable): ${r.unavailable503}; other errors or no answer: ${r.otherErrors}` +
      (r.otherErrors
        ? ` (${Object.entries(r.otherErrorsBy)
            .map(([kind, count]) => `${kind}: ${count}`)
            .join(', ')})`
        : ''),
    `  failover as clients saw it: median ${median(r.failoverMs)} ms, max ${max(r.failoverMs)} ms` +
      ` (kill -9: median ${median(r.failoverMsBy.kill)}, max ${max(r.failoverMsBy.kill)};` +
      ` DEBUG SLEEP: median ${median(r.failoverMsBy.hang)}, max ${max(r.failoverMsBy.hang)})`,
    `  servers recovered without a restart: ${r.recovered ? 'yes' : 'NO'}`,
  ];
}
