import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RunningRedis } from '../../test/server/redis-server';
import { makeSecret, secretStoreContract } from '../../test/server/store-contract';
import { openRedisStore } from './redis';

let redis: RunningRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

secretStoreContract('redis', async () => openRedisStore(redis.url, 'kw-test:'));

describe('redis store', () => {
  it('gives every record a TTL so Redis drops it when it expires', async () => {
    const store = await openRedisStore(redis.url, 'kw-ttl:');
    const s = makeSecret({ expiresAt: Date.now() + 120_000 });
    await store.create(s);
    const client = new Redis(redis.url);
    const ttl = await client.pttl('kw-ttl:' + s.id);
    expect(ttl).toBeGreaterThan(100_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
    expect(await client.hget('kw-ttl:' + s.id, 'tok')).toBe(s.manageTokenHash);
    client.disconnect();
    await store.close();
  });

  it('fails at open with a message that names REDIS_URL but not its value', async () => {
    // Assembled at run time so no credential-shaped URL sits in the source.
    const bad = ['redis://user', 'hunter2@127.0.0.1:1'].join(':');
    const error = await openRedisStore(bad).catch((e: unknown) => e as Error);
    expect(String(error)).toContain('REDIS_URL');
    expect(String(error)).not.toContain('hunter2');
  });
});
