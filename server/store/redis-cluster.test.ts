import { afterAll, beforeAll } from 'vitest';
import { startCluster, type RedisTopologyUnderTest } from '../../test/server/redis-topology';
import { secretStoreContract } from '../../test/server/store-contract';
import { openRedisStore } from './redis';

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
