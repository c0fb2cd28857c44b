import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RunningRedis } from '../test/server/redis-server';
import { fakePayload } from '../test/server/harness';
import { spawnFailingServer, spawnServer } from '../test/server/spawn-server';
import { startServer } from './main';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kw-main-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function createSecret(url: string, views = 1): Promise<string> {
  const res = await fetch(`${url}/api/secrets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ payload: fakePayload(), views }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function revealStatuses(urls: string[], id: string, count: number): Promise<number[]> {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      fetch(`${urls[i % urls.length]}/api/secrets/${id}/reveal`, { method: 'POST' }).then(
        async (res) => {
          await res.arrayBuffer();
          return res.status;
        },
      ),
    ),
  );
}

async function createStatuses(urls: string[], count: number): Promise<number[]> {
  const body = JSON.stringify({ payload: fakePayload() });
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      fetch(`${urls[i % urls.length]}/api/secrets`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      }).then(async (res) => {
        await res.arrayBuffer();
        return res.status;
      }),
    ),
  );
}

const quiet = { accessLog: false, rateLimitPerMinute: 0 };

describe('startServer on SQLite', () => {
  it('listens on a real port when PORT is 0 and keeps secrets across a restart', async () => {
    const dataDir = tempDir();
    const first = await startServer({ ...quiet, port: 0, dataDir });
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.url).not.toMatch(/:0$/);
    const page = await fetch(`${first.url}/s`);
    expect(await page.text()).toContain('assets/viewer.js');
    const id = await createSecret(first.url);
    await first.close();

    const second = await startServer({ ...quiet, port: 0, dataDir });
    const [status] = await revealStatuses([second.url], id, 1);
    expect(status).toBe(200);
    await second.close();
  }, 30_000);

  it('takes chunked uploads and cuts off an oversized one with 413', async () => {
    const server = await startServer({
      ...quiet,
      port: 0,
      dataDir: tempDir(),
      maxPayloadBytes: 1024,
    });
    // No Content-Length: the body arrives in chunks and is counted as it is read.
    const chunked = (parts: string[]) =>
      new Promise<number>((resolveStatus, reject) => {
        const req = request(`${server.url}/api/secrets`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        });
        req.on('response', (res) => {
          res.resume();
          resolveStatus(res.statusCode ?? 0);
        });
        // The server may answer 413 and close before the whole upload is written.
        req.on('error', reject);
        for (const part of parts) req.write(part);
        req.end();
      });
    try {
      const body = JSON.stringify({ payload: fakePayload(100) });
      expect(await chunked([body.slice(0, 50), body.slice(50)])).toBe(201);
      const huge = JSON.stringify({ payload: fakePayload(64 * 1024) });
      expect(await chunked([huge.slice(0, 30_000), huge.slice(30_000)])).toBe(413);
    } finally {
      await server.close();
    }
  }, 30_000);

  it('purges expired records in the background', async () => {
    const server = await startServer({
      ...quiet,
      port: 0,
      dataDir: tempDir(),
      expiryMinSeconds: 1,
      purgeIntervalSeconds: 1,
    });
    try {
      const res = await fetch(`${server.url}/api/secrets`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ payload: fakePayload(), expiresIn: 1 }),
      });
      expect(res.status).toBe(201);
      let metrics = '';
      for (let i = 0; i < 40 && !metrics.includes('event="purged"} 1'); i++) {
        await new Promise((done) => setTimeout(done, 100));
        metrics = await (await fetch(`${server.url}/metrics`)).text();
      }
      expect(metrics).toContain('keywarden_secrets_total{event="purged"} 1');
    } finally {
      await server.close();
    }
  }, 30_000);

  it('200 concurrent reveals of one id give exactly one 200', async () => {
    const server = await startServer({ ...quiet, port: 0, dataDir: tempDir() });
    try {
      const id = await createSecret(server.url);
      const statuses = await revealStatuses([server.url], id, 200);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 404)).toHaveLength(199);
    } finally {
      await server.close();
    }
  }, 30_000);
});

describe('server processes', () => {
  let redis: RunningRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('two processes on one Redis: 200 concurrent reveals give exactly one 200', async () => {
    const env = { REDIS_URL: redis.url, PORT: '0', RATE_LIMIT_PER_MINUTE: '0' };
    const [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    try {
      expect(a.url).not.toBe(b.url);
      const id = await createSecret(a.url);
      const statuses = await revealStatuses([a.url, b.url], id, 200);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 404)).toHaveLength(199);
      // And a secret created on one process is readable from the other.
      const shared = await createSecret(b.url, 2);
      const sharedStatuses = await revealStatuses([a.url, b.url, a.url], shared, 3);
      expect(sharedStatuses.sort()).toEqual([200, 200, 404]);
    } finally {
      expect(await a.stop()).toBe(0);
      expect(await b.stop()).toBe(0);
    }
  }, 60_000);

  it('two processes on one Redis stop concurrent creates exactly at MAX_LIVE_SECRETS', async () => {
    const env = {
      // A database of its own, so the other tests' records do not count.
      REDIS_URL: `${redis.url}/3`,
      PORT: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      MAX_LIVE_SECRETS: '20',
    };
    const [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    try {
      const statuses = await createStatuses([a.url, b.url], 80);
      expect(statuses.filter((s) => s === 201)).toHaveLength(20);
      expect(statuses.filter((s) => s === 507)).toHaveLength(60);
    } finally {
      expect(await a.stop()).toBe(0);
      expect(await b.stop()).toBe(0);
    }
  }, 60_000);

  it('stops at start with a message naming a bad variable', async () => {
    const { code, output } = await spawnFailingServer({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(output).toContain('PORT');
    const redisDown = await spawnFailingServer({ REDIS_URL: 'redis://127.0.0.1:1', PORT: '0' });
    expect(redisDown.code).toBe(1);
    expect(redisDown.output).toContain('REDIS_URL');
  }, 60_000);

  it('names a bad or unreachable Redis setting at start and never prints its password', async () => {
    // Assembled at run time: no credential-shaped literal in the source.
    const password = ['hunter', '2', '-', 'x'.repeat(12)].join('');
    const cases: [string, Record<string, string>][] = [
      ['REDIS_SENTINELS', { REDIS_SENTINELS: `${password}@host`, REDIS_SENTINEL_NAME: 'kw' }],
      ['REDIS_URL', { REDIS_URL: `redis+sentinel://app:${password}@127.0.0.1:1` }],
      ['REDIS_CLUSTER_NODES', { REDIS_CLUSTER_NODES: '127.0.0.1:1', REDIS_PASSWORD: password }],
      [
        'REDIS_SENTINELS',
        {
          REDIS_SENTINELS: '127.0.0.1:1',
          REDIS_SENTINEL_NAME: 'kw',
          REDIS_SENTINEL_PASSWORD: password,
        },
      ],
    ];
    for (const [name, env] of cases) {
      const { code, output } = await spawnFailingServer({ ...env, PORT: '0' });
      expect(code).toBe(1);
      expect(output).toContain(name);
      expect(output).not.toContain(password);
    }
  }, 120_000);

  it('runs from the command line on SQLite and stops cleanly on SIGTERM', async () => {
    const server = await spawnServer({ PORT: '0', DATA_DIR: tempDir() });
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({
      status: 'ok',
      store: 'sqlite',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    expect(await server.stop()).toBe(0);
  }, 60_000);
});

describe('several workers (WORKERS)', () => {
  it('two workers on one SQLite file: 200 concurrent reveals give exactly one 200', async () => {
    const env = { PORT: '0', DATA_DIR: tempDir(), WORKERS: '2', RATE_LIMIT_PER_MINUTE: '0' };
    const server = await spawnServer(env);
    try {
      expect(server.output()).toContain('2 workers');
      const id = await createSecret(server.url);
      const statuses = await revealStatuses([server.url], id, 200);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 404)).toHaveLength(199);
      const several = await createSecret(server.url, 3);
      const severalStatuses = await revealStatuses([server.url], several, 50);
      expect(severalStatuses.filter((s) => s === 200)).toHaveLength(3);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 60_000);

  it('two workers on one SQLite file stop concurrent creates exactly at MAX_LIVE_SECRETS', async () => {
    const env = {
      PORT: '0',
      DATA_DIR: tempDir(),
      WORKERS: '2',
      RATE_LIMIT_PER_MINUTE: '0',
      MAX_LIVE_SECRETS: '20',
    };
    const server = await spawnServer(env);
    try {
      const statuses = await createStatuses([server.url], 80);
      expect(statuses.filter((s) => s === 201)).toHaveLength(20);
      expect(statuses.filter((s) => s === 507)).toHaveLength(60);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 60_000);

  it('holds the per-client rate limit across workers', async () => {
    const env = {
      PORT: '0',
      DATA_DIR: tempDir(),
      WORKERS: '2',
      RATE_LIMIT_PER_MINUTE: '20',
      RATE_LIMIT_BURST: '20',
    };
    const server = await spawnServer(env);
    try {
      // Many connections at once, so the primary spreads them over both workers.
      const statuses = await revealStatuses([server.url], 'A'.repeat(22), 80);
      const allowed = statuses.filter((s) => s === 404).length;
      expect(allowed + statuses.filter((s) => s === 429).length).toBe(80);
      // Never more than the limit in total, and more than one worker's share: both answered.
      expect(allowed).toBeLessThanOrEqual(20);
      expect(allowed).toBeGreaterThan(10);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 60_000);

  it('stops with exit code 1 and the message when a worker cannot start', async () => {
    const { code, output } = await spawnFailingServer({
      WORKERS: '2',
      REDIS_URL: 'redis://127.0.0.1:1',
      PORT: '0',
    });
    expect(code).toBe(1);
    expect(output).toContain('REDIS_URL');
  }, 60_000);
});
