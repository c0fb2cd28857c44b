import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCuttingRelay } from '../../test/server/cutting-relay';
import { startRedis, type RunningRedis } from '../../test/server/redis-server';
import {
  expectLastViewOnce,
  makeSecret,
  secretStoreContract,
} from '../../test/server/store-contract';
import { redisConfigFromUrl } from '../redis-config';
import { openRedisStore } from './redis';
import * as lua from './redis-scripts';
import { StoreUnavailableError } from './secret-store';

let redis: RunningRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

// A prefix per store: each starts empty, with its own counts.
let stores = 0;
secretStoreContract('redis', async (limits) =>
  openRedisStore(redis.url, `kw-test-${++stores}:`, limits),
);

describe('redis store', () => {
  it('gives every record a TTL so Redis drops it when it expires', async () => {
    const store = await openRedisStore(redis.url, 'kw-ttl:');
    const s = makeSecret({ expiresAt: Date.now() + 120_000 });
    await store.create(s, Date.now());
    const client = new Redis(redis.url);
    const ttl = await client.pttl('kw-ttl:' + s.id);
    expect(ttl).toBeGreaterThan(100_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
    expect(await client.hget('kw-ttl:' + s.id, 'tok')).toBe(s.manageTokenHash);
    client.disconnect();
    await store.close();
  });

  it('two stores on one Redis (as two servers) never pass the cap together', async () => {
    const limits = { maxLiveSecrets: 30, maxStoredBytes: 0 };
    const a = await openRedisStore(redis.url, 'kw-shared:', limits);
    const b = await openRedisStore(redis.url, 'kw-shared:', limits);
    const results = await Promise.all(
      Array.from({ length: 120 }, (_, i) => (i % 2 ? a : b).create(makeSecret(), Date.now())),
    );
    expect(results.filter((r) => r === 'created')).toHaveLength(30);
    expect(await a.usage()).toMatchObject({ secrets: 30 });
    await a.close();
    await b.close();
  });

  it('frees the place of a record Redis expired on its own', async () => {
    const store = await openRedisStore(redis.url, 'kw-ttl-cap:', {
      maxLiveSecrets: 1,
      maxStoredBytes: 0,
    });
    await store.create(makeSecret({ expiresAt: Date.now() + 100 }), Date.now());
    expect(await store.create(makeSecret(), Date.now())).toBe('full');
    await new Promise((done) => setTimeout(done, 200));
    const client = new Redis(redis.url);
    // Only the counting keys are left: the record itself is gone.
    expect((await client.keys('*kw-ttl-cap:*')).sort()).toEqual([
      '{kw-ttl-cap:}~bytes',
      '{kw-ttl-cap:}~live',
    ]);
    client.disconnect();
    expect(await store.create(makeSecret(), Date.now())).toBe('created');
    expect(await store.usage()).toMatchObject({ secrets: 1 });
    await store.close();
  });

  it('serves a record written before the caps, and leaves the count alone when it goes', async () => {
    const store = await openRedisStore(redis.url, 'kw-old:', {
      maxLiveSecrets: 5,
      maxStoredBytes: 0,
    });
    const s = makeSecret({ views: 2 });
    const client = new Redis(redis.url);
    // The fields the create script wrote before it counted anything.
    await client.hset('kw-old:' + s.id, {
      payload: s.payload,
      views: 2,
      exp: s.expiresAt,
      tok: s.manageTokenHash,
    });
    client.disconnect();
    await store.create(makeSecret(), Date.now());
    expect((await store.reveal(s.id, Date.now()))?.viewsLeft).toBe(1);
    expect(await store.revoke(s.id, s.manageTokenHash, Date.now())).toBe(true);
    expect(await store.usage()).toEqual({ secrets: 1, bytes: s.payload.length });
    await store.close();
  });

  it('carries the counts over from the keys they had before sharing a hash tag', async () => {
    const client = new Redis(redis.url);
    const s = makeSecret();
    await client.zadd('kw-moved:~live', s.expiresAt, `${s.id}:${s.payload.length}`);
    await client.set('kw-moved:~bytes', s.payload.length);
    await client.hset('kw-moved:' + s.id, {
      payload: s.payload,
      views: 1,
      exp: s.expiresAt,
      tok: s.manageTokenHash,
      n: s.payload.length,
    });
    const store = await openRedisStore(redis.url, 'kw-moved:');
    expect(await store.usage()).toEqual({ secrets: 1, bytes: s.payload.length });
    expect(await store.reveal(s.id, Date.now())).not.toBeNull();
    expect(await store.usage()).toEqual({ secrets: 0, bytes: 0 });
    expect(await client.exists('kw-moved:~live', 'kw-moved:~bytes')).toBe(0);
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

describe('redis store with a replica confirming writes', () => {
  let primary: RunningRedis;
  let replica: RunningRedis | undefined;
  const startReplica = async () => {
    replica = await startRedis([
      ...['--replicaof', '127.0.0.1', String(primary.port)],
      ...['--enable-debug-command', 'local'],
    ]);
    const client = new Redis(replica.url);
    while (!(await client.info('replication')).includes('master_link_status:up')) {
      await new Promise((done) => setTimeout(done, 50));
    }
    client.disconnect();
    // Up on the replica's side is not yet acknowledging on the primary's: a probe write must be
    // confirmed before a test counts on the replica.
    const probe = new Redis(primary.url);
    await probe.set('kw-confirm-probe', '1');
    while (Number(await probe.call('WAIT', '1', '1000')) < 1);
    probe.disconnect();
  };
  beforeAll(async () => {
    primary = await startRedis(['--enable-debug-command', 'local']);
    await startReplica();
  }, 30_000);
  afterAll(async () => {
    await replica?.stop();
    await primary?.stop();
  });
  // A short bound where a test makes the replica miss it; a long one where a test expects a
  // confirmation, which a loaded machine can delay past 100 ms.
  const open = (confirmTimeoutMs: number, prefix = 'kw-confirm:') =>
    openRedisStore(
      redisConfigFromUrl(primary.url, { confirmReplicas: 1, confirmTimeoutMs }),
      prefix,
    );

  it('gives a view back when its delete reached no replica in time, and reveals it once later', async () => {
    const store = await open(400);
    const s = makeSecret();
    expect(await store.create(s, Date.now())).toBe('created');
    // Connected but not answering: WAIT runs out after the reveal has claimed the view.
    const hung = new Redis(replica?.url ?? '');
    await hung.ping();
    void hung.call('DEBUG', 'SLEEP', '1.2').catch(() => undefined);
    await new Promise((done) => setTimeout(done, 50));
    await expect(store.reveal(s.id, Date.now())).rejects.toBeInstanceOf(StoreUnavailableError);
    await new Promise((done) => setTimeout(done, 1500));
    hung.disconnect();
    await expectLastViewOnce(store, s);
    await store.close();
  }, 30_000);

  // A primary hung (its process stopped, its host stalled) keeps its connections open and answers
  // nothing; Sentinel or a cluster notices only after its own timeout, 30 s and 15 s by default.
  it('answers 503 while the primary hangs, before it wakes, and gives the view back', async () => {
    const store = await open(200, 'kw-hung:');
    const s = makeSecret();
    expect(await store.create(s, Date.now())).toBe('created');
    const sleeper = new Redis(primary.url);
    await sleeper.ping();
    const woke = sleeper.call('DEBUG', 'SLEEP', '4').then(() => Date.now());
    await new Promise((done) => setTimeout(done, 50));
    const outcome = (work: Promise<unknown>) =>
      work.then(
        () => 'answered from the store',
        (error: unknown) => (error instanceof StoreUnavailableError ? Date.now() : String(error)),
      );
    const answered = await Promise.all([
      outcome(store.reveal(s.id, Date.now())),
      outcome(store.create(makeSecret(), Date.now())),
    ]);
    const wokeAt = await woke;
    const asleep = (at: string | number) =>
      typeof at === 'number' ? (at < wokeAt ? '503 while it slept' : '503 once it woke') : at;
    expect(answered.map(asleep)).toEqual(['503 while it slept', '503 while it slept']);
    sleeper.disconnect();
    // The reveal ran once the primary woke, and its view came back: the link opens once.
    await expect
      .poll(async () => (await store.reveal(s.id, Date.now()).catch(() => undefined))?.payload, {
        timeout: 10_000,
      })
      .toBe(s.payload);
    expect(await store.reveal(s.id, Date.now())).toBeNull();
    await store.close();
  }, 30_000);

  /** A store whose connection to the primary goes through a relay a test can cut. */
  const throughCuttingRelay = async (prefix: string, confirmReplicas = 1) => {
    const relay = await startCuttingRelay(primary.port);
    const store = await openRedisStore(
      redisConfigFromUrl(relay.url, { confirmReplicas, confirmTimeoutMs: 2000 }),
      prefix,
    );
    return { relay, store };
  };

  // ioredis sends the script again after the reconnect: the same reveal, which must take no
  // second view (it did: of three views one was lost for good, of two the link was gone).
  it.each([1, 2, 3])(
    'gives back the view of %i a reveal took when its reply was lost with the connection',
    async (views) => {
      const { relay, store } = await throughCuttingRelay(`kw-cut-${views}:`);
      const s = makeSecret({ views });
      expect(await store.create(s, Date.now())).toBe('created');
      // The reveal script is loaded first, so that the request cut is the one that runs it.
      expect(await store.reveal(makeSecret().id, Date.now())).toBeNull();
      relay.cutAfterNextRequest();
      await expect(store.reveal(s.id, Date.now())).rejects.toBeInstanceOf(StoreUnavailableError);
      // Nobody saw its payload: once given back, the link opens as many times as it allows.
      const opened = async () =>
        (await store.reveal(s.id, Date.now()).catch(() => undefined))?.payload;
      for (let view = 0; view < views; view++) {
        await expect.poll(opened, { timeout: 10_000 }).toBe(s.payload);
      }
      expect(await store.reveal(s.id, Date.now())).toBeNull();
      await store.close();
      await relay.close();
    },
    30_000,
  );

  // ioredis sends the script again after the reconnect, and finds the record its first sending
  // made. It used to answer "exists": the caller then made the link under another id, and the
  // first record stayed, counted against the caps until its expiry, for a link nobody was given.
  it.each([0, 1])(
    'leaves one record of a create whose reply was lost with the connection (%i confirming)',
    async (confirmReplicas) => {
      const prefix = `kw-cut-create-${confirmReplicas}:`;
      const { relay, store } = await throughCuttingRelay(prefix, confirmReplicas);
      // The create script is loaded first, so that the request cut is the one that runs it.
      expect(await store.create(makeSecret(), Date.now())).toBe('created');
      const s = makeSecret();
      relay.cutAfterNextRequest();
      const outcome = await store.create(s, Date.now());
      if (confirmReplicas === 0) {
        // Made once, and counted once.
        expect(outcome).toBe('created');
        expect(await store.usage()).toMatchObject({ secrets: 2 });
        expect((await store.reveal(s.id, Date.now()))?.payload).toBe(s.payload);
      } else {
        // No WAIT on the new connection vouches for it: taken back, to be made under another id.
        expect(outcome).toBe('exists');
        expect(await store.usage()).toMatchObject({ secrets: 1 });
        expect(await store.reveal(s.id, Date.now())).toBeNull();
      }
      await store.close();
      await relay.close();
    },
    30_000,
  );

  it('answers 503, not 404, for a revoke whose reply was lost with the connection', async () => {
    const { relay, store } = await throughCuttingRelay('kw-cut-revoke:');
    const s = makeSecret();
    expect(await store.create(s, Date.now())).toBe('created');
    // The revoke script is loaded first, so that the request cut is the one that runs it.
    expect(await store.revoke(makeSecret().id, s.manageTokenHash, Date.now())).toBe(false);
    relay.cutAfterNextRequest();
    await expect(store.revoke(s.id, s.manageTokenHash, Date.now())).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(await store.reveal(s.id, Date.now())).toBeNull();
    await store.close();
    await relay.close();
  }, 30_000);

  it('leaves nothing of links revealed together once their reveals are confirmed', async () => {
    const store = await open(2000);
    const secrets = Array.from({ length: 20 }, () => makeSecret());
    for (const s of secrets) expect(await store.create(s, Date.now())).toBe('created');
    const revealed = await Promise.all(secrets.map((s) => store.reveal(s.id, Date.now())));
    expect(revealed.map((r) => r?.viewsLeft)).toEqual(secrets.map(() => 0));
    const raw = new Redis(primary.url);
    await expect.poll(() => raw.exists(...secrets.map((s) => `kw-confirm:${s.id}`))).toBe(0);
    raw.disconnect();
    const again = await Promise.all(secrets.map((s) => store.reveal(s.id, Date.now())));
    expect(again).toEqual(secrets.map(() => null));
    await store.close();
  }, 30_000);

  // Reader A's view is given back (its confirmation failed) after reader B claimed what was then
  // the last view, and before B's claim was confirmed: the link must open once more, not go.
  it("keeps a view given back while another reader's claim on the last view awaited its confirmation", async () => {
    const prefix = 'kw-settle:';
    const store = await open(5000, prefix);
    const s = makeSecret({ views: 2 });
    expect(await store.create(s, Date.now())).toBe('created');
    const [key, live, bytes] = [prefix + s.id, `{${prefix}}~live`, `{${prefix}}~bytes`];
    const raw = new Redis(primary.url);
    // A's reveal, as the store's script makes it, left unconfirmed.
    const a = (await raw.eval(
      lua.REVEAL,
      3,
      key,
      live,
      bytes,
      Date.now(),
      'a',
      1,
      s.id,
    )) as string[];
    expect(a.slice(0, 2)).toEqual(['v', s.payload]);
    // B takes what is now the last view, and waits for a replica that sleeps.
    const hung = new Redis(replica?.url ?? '');
    await hung.ping();
    void hung.call('DEBUG', 'SLEEP', '1').catch(() => undefined);
    await new Promise((done) => setTimeout(done, 50));
    const b = store.reveal(s.id, Date.now());
    await expect.poll(() => raw.hget(key, 'claim')).not.toBeNull();
    expect(await raw.eval(lua.RESTORE, 3, key, live, bytes, 'a', Date.now(), 1, s.id)).toBe(1);
    expect(await b).toMatchObject({ payload: s.payload });
    hung.disconnect();
    raw.disconnect();
    await expectLastViewOnce(store, s);
    await store.close();
  }, 30_000);

  // The other order: B's claim on the last view is confirmed and settled before A's view comes
  // back. A's reply is lost with its connection, whose next one the relay holds meanwhile, so that
  // A's reveal fails and gives its view back only after B's is settled.
  it("keeps a view given back after another reader's last view was settled", async () => {
    const prefix = 'kw-drain:';
    const { relay, store: a } = await throughCuttingRelay(prefix);
    const b = await open(2000, prefix);
    const s = makeSecret({ views: 2 });
    expect(await b.create(s, Date.now())).toBe('created');
    const raw = new Redis(primary.url);
    // The reveal script is loaded first, so that the request cut is the one that runs it.
    expect(await a.reveal(makeSecret().id, Date.now())).toBeNull();
    relay.cutAfterNextRequest();
    relay.hold();
    const first = a.reveal(s.id, Date.now());
    await expect.poll(() => raw.hget(prefix + s.id, 'views')).toBe('1');
    expect(await b.reveal(s.id, Date.now())).toMatchObject({ payload: s.payload, viewsLeft: 0 });
    // Settled: to every reader and to its owner the link is gone.
    await expect.poll(() => raw.hget(prefix + s.id, 'claim')).toBeNull();
    expect(await b.reveal(s.id, Date.now())).toBeNull();
    expect(await b.status(s.id, s.manageTokenHash, Date.now())).toBeNull();
    expect(await b.usage()).toEqual({ secrets: 0, bytes: 0 });
    relay.release();
    await expect(first).rejects.toBeInstanceOf(StoreUnavailableError);
    // A's reader never had the payload: given back, the link opens once more.
    await expect.poll(() => b.usage(), { timeout: 10_000 }).toMatchObject({ secrets: 1 });
    await expectLastViewOnce(b, s);
    raw.disconnect();
    await Promise.all([a.close(), b.close()]);
    await relay.close();
  }, 30_000);

  it('deletes a record at its last view unless an earlier view is unconfirmed, and then only drains it for a while', async () => {
    const prefix = 'kw-drained:';
    const store = await open(2000, prefix);
    const [confirmed, unconfirmed, old] = [
      makeSecret({ views: 2 }),
      makeSecret({ views: 2 }),
      makeSecret({ views: 2 }),
    ];
    const raw = new Redis(primary.url);
    const scriptKeys = (id: string) => [prefix + id, `{${prefix}}~live`, `{${prefix}}~bytes`];
    const marks = async (id: string) =>
      (await raw.hkeys(prefix + id)).filter((field) => field.startsWith('c:'));
    // A first view taken as the store's script takes it, its confirmation never coming.
    const takeUnconfirmed = (id: string, nonce: string) =>
      raw.eval(lua.REVEAL, 3, ...scriptKeys(id), Date.now(), nonce, 1, id);
    for (const s of [confirmed, unconfirmed, old]) {
      expect(await store.create(s, Date.now())).toBe('created');
    }
    // A first view confirmed: its mark goes.
    expect(await store.reveal(confirmed.id, Date.now())).toMatchObject({ viewsLeft: 1 });
    await expect.poll(() => marks(confirmed.id)).toEqual([]);
    // Unconfirmed first views; one taken long ago.
    for (const s of [unconfirmed, old]) await takeUnconfirmed(s.id, 'a');
    await raw.hset(prefix + old.id, 'c:a', Date.now() - lua.CLAIM_MS - 1);
    for (const s of [confirmed, unconfirmed, old]) {
      expect(await store.reveal(s.id, Date.now())).toMatchObject({ viewsLeft: 0 });
    }
    await expect.poll(() => raw.exists(prefix + confirmed.id, prefix + old.id)).toBe(0);
    // Drained, not deleted: it lives out the unconfirmed view's claim, a minute at most.
    await expect.poll(() => raw.hget(prefix + unconfirmed.id, 'views')).toBe('0');
    expect(await raw.pttl(prefix + unconfirmed.id)).toBeLessThanOrEqual(lua.CLAIM_MS);
    // That view, given back once the link has expired, brings nothing back.
    const late = ['a', unconfirmed.expiresAt + 1, 1, unconfirmed.id];
    expect(await raw.eval(lua.RESTORE, 3, ...scriptKeys(unconfirmed.id), ...late)).toBe(0);
    expect(await raw.hget(prefix + unconfirmed.id, 'views')).toBe('0');
    expect(await store.revoke(unconfirmed.id, unconfirmed.manageTokenHash, Date.now())).toBe(false);
    expect(await raw.exists(prefix + unconfirmed.id)).toBe(0);
    // Drained for a view whose confirmation then comes: it goes with that view's mark.
    const confirmedLate = makeSecret({ views: 2 });
    expect(await store.create(confirmedLate, Date.now())).toBe('created');
    await takeUnconfirmed(confirmedLate.id, 'b');
    expect(await store.reveal(confirmedLate.id, Date.now())).toMatchObject({ viewsLeft: 0 });
    await expect.poll(() => raw.hget(prefix + confirmedLate.id, 'views')).toBe('0');
    expect(await raw.eval(lua.CLEAR, 1, prefix + confirmedLate.id, 'b')).toBe(1);
    expect(await raw.exists(prefix + confirmedLate.id)).toBe(0);
    expect(await store.usage()).toEqual({ secrets: 0, bytes: 0 });
    raw.disconnect();
    await store.close();
  }, 30_000);

  it('hears READONLY from a node that has become a replica, which makes its client look for the primary', async () => {
    const store = await openRedisStore(
      redisConfigFromUrl(replica?.url ?? '', { confirmReplicas: 1, confirmTimeoutMs: 200 }),
      'kw-demoted:',
    );
    const error = await store.create(makeSecret(), Date.now()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(((error as Error).cause as Error).message).toMatch(/^READONLY/);
    await store.close();
  });

  it('consumes nothing while no replica is connected, and creates nothing', async () => {
    const store = await open(2000);
    const s = makeSecret({ views: 2 });
    expect(await store.create(s, Date.now())).toBe('created');
    await replica?.stop();
    const watch = new Redis(primary.url);
    while (!(await watch.info('replication')).includes('connected_slaves:0')) {
      await new Promise((done) => setTimeout(done, 20));
    }
    watch.disconnect();
    await expect(store.reveal(s.id, Date.now())).rejects.toBeInstanceOf(StoreUnavailableError);
    // Nor "not found" for a link it does not hold: a primary cut off may be one left behind.
    const other = makeSecret();
    await expect(store.reveal(other.id, Date.now())).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.revoke(other.id, other.manageTokenHash, Date.now())).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    await expect(store.create(makeSecret(), Date.now())).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(await store.status(s.id, s.manageTokenHash, Date.now())).toMatchObject({ viewsLeft: 2 });
    expect(await store.replication?.()).toEqual({
      topology: 'single',
      confirmReplicas: 1,
      writesConfirmed: false,
    });
    await startReplica();
    expect((await store.reveal(s.id, Date.now()))?.viewsLeft).toBe(1);
    expect(await store.usage()).toMatchObject({ secrets: 1 });
    await store.close();
  }, 30_000);
});
