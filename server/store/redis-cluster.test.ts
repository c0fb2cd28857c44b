import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failoverSuite } from '../../test/server/failover-suite';
import { startCluster, type RedisTopologyUnderTest } from '../../test/server/redis-topology';
import { makeSecret, secretStoreContract } from '../../test/server/store-contract';
import { openRedisStore } from './redis';
import { StoreUnavailableError } from './secret-store';

let cluster: RedisTopologyUnderTest;
beforeAll(async () => {
  cluster = await startCluster();
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
});

let stores = 0;
secretStoreContract('redis cluster, writes confirmed by a replica', async (limits) =>
  openRedisStore(cluster.config, `kw-cluster-${++stores}:`, limits),
);

describe('redis cluster store', () => {
  it('waits for the replica of the primary that holds the key, not for any node', async () => {
    const store = await openRedisStore(cluster.config, 'kw-cluster-wait:');
    const s = makeSecret();
    expect(await store.create(s, Date.now())).toBe('created');
    const primaries = await cluster.primaries();
    const holder = (
      await Promise.all(
        primaries.map(async (p) =>
          (await p.command('EXISTS', `kw-cluster-wait:${s.id}`)) === 1 ? p : undefined,
        ),
      )
    ).find(Boolean);
    const replica = (
      await Promise.all(
        cluster.nodes.map(async (n) =>
          String(await n.command('INFO', 'replication')).includes(`master_port:${holder?.port}`)
            ? n
            : undefined,
        ),
      )
    ).find(Boolean);
    expect(replica).toBeDefined();
    // Connected but silent for a moment: WAIT on the holder runs out; the other primaries'
    // replicas would have answered a WAIT sent anywhere else.
    replica?.hang(600);
    await new Promise((done) => setTimeout(done, 50));
    await expect(store.reveal(s.id, Date.now())).rejects.toBeInstanceOf(StoreUnavailableError);
    await new Promise((done) => setTimeout(done, 1000));
    // The view was given back: it reveals once, now that the replica answers again.
    expect(await store.reveal(s.id, Date.now())).toMatchObject({ payload: s.payload });
    expect(await store.reveal(s.id, Date.now())).toBeNull();
    await store.close();
  }, 30_000);
});

failoverSuite('cluster', () => cluster);
