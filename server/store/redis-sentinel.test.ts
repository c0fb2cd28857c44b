import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFailoverDrill } from '../../test/server/failover-drill';
import { startSentinelSet, type RedisTopologyUnderTest } from '../../test/server/redis-topology';
import { spawnServer, type SpawnedServer } from '../../test/server/spawn-server';
import { secretStoreContract } from '../../test/server/store-contract';
import { openRedisStore } from './redis';

let sentinels: RedisTopologyUnderTest;
beforeAll(async () => {
  sentinels = await startSentinelSet();
}, 60_000);
afterAll(async () => {
  await sentinels?.stop();
});

let stores = 0;
secretStoreContract('redis sentinel, writes confirmed by a replica', async (limits) =>
  openRedisStore(sentinels.config, `kw-sentinel-${++stores}:`, limits),
);

describe('two servers on Sentinel while the primary fails', () => {
  let servers: SpawnedServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
  });

  it('lose no confirmed create, reveal nothing twice, and recover without a restart', async () => {
    const env = { ...sentinels.env, PORT: '0', RATE_LIMIT_PER_MINUTE: '0' };
    servers = await Promise.all([spawnServer(env), spawnServer(env)]);
    const health = await (await fetch(`${servers[0]?.url}/healthz`)).json();
    expect(health).toMatchObject({
      topology: 'sentinel',
      confirmReplicas: 1,
      writesConfirmed: true,
    });
    const report = await runFailoverDrill({
      topology: sentinels,
      servers: servers.map((s) => s.url),
      failovers: 2,
      log: (line) => console.warn(`sentinel drill: ${line}`),
    });
    expect(report).toMatchObject({ failovers: 2, doubleReveals: 0, lostConfirmedCreates: 0 });
    expect(report.recovered).toBe(true);
    expect(report.createsConfirmed).toBeGreaterThan(50);
  }, 120_000);
});
