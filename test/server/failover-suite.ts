import { afterAll, describe, expect, it } from 'vitest';
import { describeDrill, runFailoverDrill } from './failover-drill';
import type { RedisTopologyUnderTest } from './redis-topology';
import { spawnServer, type SpawnedServer } from './spawn-server';

/**
 * Two server processes on a real topology while its primary fails (the drill kills one, then
 * hangs one): what users of either server would see must hold across both failovers.
 */
export function failoverSuite(
  topology: 'sentinel' | 'cluster',
  started: () => RedisTopologyUnderTest,
): void {
  describe(`two servers on ${topology} while a primary fails`, () => {
    let servers: SpawnedServer[] = [];
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop()));
    });

    it('lose no confirmed create, reveal nothing twice, and recover without a restart', async () => {
      const redis = started();
      const env = { ...redis.env, PORT: '0', RATE_LIMIT_PER_MINUTE: '0' };
      servers = await Promise.all([spawnServer(env), spawnServer(env)]);
      const health = await (await fetch(`${servers[0]?.url}/healthz`)).json();
      expect(health).toMatchObject({ topology, confirmReplicas: 1, writesConfirmed: true });
      const report = await runFailoverDrill({
        topology: redis,
        servers: servers.map((s) => s.url),
        failovers: 2,
        log: (line) => console.warn(`${topology} drill: ${line}`),
      });
      for (const line of describeDrill(topology, report)) console.warn(line);
      expect(report).toMatchObject({ failovers: 2, doubleReveals: 0, lostConfirmedCreates: 0 });
      expect(report.recovered).toBe(true);
      expect(report.createsConfirmed).toBeGreaterThan(50);
    }, 120_000);
  });
}
