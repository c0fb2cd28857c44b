import { afterAll, beforeAll } from 'vitest';
import { failoverSuite } from '../../test/server/failover-suite';
import { startSentinelSet, type RedisTopologyUnderTest } from '../../test/server/redis-topology';
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

failoverSuite('sentinel', () => sentinels);
