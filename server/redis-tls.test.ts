import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakePayload } from '../test/server/harness';
import { makeSecureRedis, type SecureRedis } from '../test/server/redis-tls';
import {
  startCluster,
  startSecureNode,
  startSentinelSet,
  type RedisProcess,
} from '../test/server/redis-topology';
import { spawnFailingServer, spawnServer } from '../test/server/spawn-server';

// Every form of the Redis settings against real redis-server processes that listen on TLS only,
// with a certificate from a private CA (trusted through NODE_EXTRA_CA_CERTS, as a self-hosted
// deployment would), and an ACL user with a password in place of the default user.

let secure: SecureRedis;
beforeAll(() => {
  secure = makeSecureRedis();
});
afterAll(() => secure?.remove());

/** A server process on `env`: healthy, confirming as asked, and a two-view link opens twice. */
async function expectServes(env: Record<string, string>, topology: string, confirms: number) {
  const server = await spawnServer({ ...env, PORT: '0', RATE_LIMIT_PER_MINUTE: '0' });
  try {
    const health = await (await fetch(`${server.url}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', store: 'redis', topology });
    expect(health).toMatchObject({ confirmReplicas: confirms, writesConfirmed: confirms > 0 });
    const created = await fetch(`${server.url}/api/secrets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ payload: fakePayload(), views: 2 }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const reveal = () =>
      fetch(`${server.url}/api/secrets/${id}/reveal`, { method: 'POST' }).then((res) => res.status);
    expect([await reveal(), await reveal(), await reveal()]).toEqual([200, 200, 404]);
  } finally {
    expect(await server.stop()).toBe(0);
  }
}

describe('Redis over TLS with an ACL user', () => {
  describe('one node, REDIS_URL=rediss://user:password@host:port', () => {
    let node: RedisProcess | undefined;
    let url = '';
    beforeAll(async () => {
      ({ node, url } = await startSecureNode(secure));
    }, 30_000);
    afterAll(async () => {
      await node?.kill('SIGTERM');
    });

    it('creates and reveals', async () => {
      await expectServes({ REDIS_URL: url, NODE_EXTRA_CA_CERTS: secure.caFile }, 'single', 0);
    }, 60_000);

    // Verification is on: the same node without its CA, or with a wrong password, stops the server
    // at start, naming the variable and never the password.
    it('stops at start on a certificate it cannot verify, or a wrong password', async () => {
      const wrong = url.replace(secure.password, secure.password.slice(1));
      const cases: Record<string, string>[] = [
        { REDIS_URL: url },
        { REDIS_URL: wrong, NODE_EXTRA_CA_CERTS: secure.caFile },
      ];
      for (const env of cases) {
        const { code, output } = await spawnFailingServer({ ...env, PORT: '0' });
        expect(code).toBe(1);
        expect(output).toContain('REDIS_URL');
        expect(output).not.toContain(secure.password);
        expect(output).not.toContain(secure.password.slice(1));
      }
    }, 60_000);
  });

  it.each([
    ['Sentinel', 'REDIS_SENTINELS', startSentinelSet] as const,
    ['cluster', 'REDIS_CLUSTER_NODES', startCluster] as const,
  ])(
    'on %s: %s with REDIS_TLS, REDIS_USERNAME and REDIS_PASSWORD',
    async (name, _variable, start) => {
      const redis = await start(secure);
      try {
        await expectServes(redis.env, name.toLowerCase(), 1);
      } finally {
        await redis.stop();
      }
    },
    90_000,
  );
});
