import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failoverSuite } from '../../test/server/failover-suite';
import {
  startCluster,
  type RedisProcess,
  type RedisTopologyUnderTest,
} from '../../test/server/redis-topology';
import {
  expectLastViewOnce,
  makeSecret,
  secretStoreContract,
} from '../../test/server/store-contract';
import { openRedisStore } from './redis';
import * as lua from './redis-scripts';
import { StoreUnavailableError, type NewSecret } from './secret-store';

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

/** The primary that holds `key`, and its replica. */
async function holderOf(key: string) {
  const primaries = await cluster.primaries();
  const holder = (
    await Promise.all(
      primaries.map(async (p) => ((await p.command('EXISTS', key)) === 1 ? p : undefined)),
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
  return { holder, replica };
}

/** A store on its own prefix, a two-view link made through it, and the nodes that hold it. */
async function twoViewLink(prefix: string, confirmTimeoutMs = cluster.config.confirmTimeoutMs) {
  const store = await openRedisStore({ ...cluster.config, confirmTimeoutMs }, prefix);
  const s = makeSecret({ views: 2 });
  expect(await store.create(s, Date.now())).toBe('created');
  const key = prefix + s.id;
  const { holder, replica } = await holderOf(key);
  if (!holder || !replica) throw new Error('no holder of the key, or no replica of it');
  return { store, s, key, holder, replica };
}

/** A's reveal, as the store's script makes it, left unconfirmed: its mark 'a' stays. */
async function unconfirmedReveal(holder: RedisProcess, key: string, s: NewSecret) {
  const a = (await holder.command('EVAL', lua.REVEAL, 1, key, Date.now(), 'a', 1, s.id)) as [];
  expect(a.slice(0, 2)).toEqual(['v', s.payload]);
}

describe('redis cluster store', () => {
  it('waits for the replica of the primary that holds the key, not for any node', async () => {
    const store = await openRedisStore(cluster.config, 'kw-cluster-wait:');
    const s = makeSecret();
    expect(await store.create(s, Date.now())).toBe('created');
    const { replica } = await holderOf(`kw-cluster-wait:${s.id}`);
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

  // As on one node (redis.test.ts), where the ledger is kept by the record scripts: here the
  // record must also keep its place in the ledger, on another node.
  it("keeps a view given back while another reader's claim on the last view awaited its confirmation", async () => {
    const { store, s, key, holder, replica } = await twoViewLink('kw-cluster-settle:', 5000);
    await unconfirmedReveal(holder, key, s);
    // B takes what is now the last view, and waits for a replica that sleeps.
    replica.hang(1000);
    await new Promise((done) => setTimeout(done, 50));
    const b = store.reveal(s.id, Date.now());
    await expect.poll(() => holder.command('HGET', key, 'claim')).not.toBeNull();
    expect(await holder.command('EVAL', lua.RESTORE, 1, key, 'a', Date.now(), 1, s.id)).toBe(1);
    expect(await b).toMatchObject({ payload: s.payload });
    expect(await store.usage()).toMatchObject({ secrets: 1 });
    await expectLastViewOnce(store, s);
    await store.close();
  }, 30_000);

  it('leaves no mark of a confirmed view, so that its last view deletes the record', async () => {
    const { store, s, key, holder } = await twoViewLink('kw-cluster-clear:');
    expect(await store.reveal(s.id, Date.now())).toMatchObject({ viewsLeft: 1 });
    const marks = async () =>
      ((await holder.command('HKEYS', key)) as string[]).filter((f) => f.startsWith('c:'));
    await expect.poll(marks).toEqual([]);
    await expectLastViewOnce(store, s);
    await expect.poll(() => holder.command('EXISTS', key)).toBe(0);
    await store.close();
  }, 30_000);

  // The other order: B's claim is confirmed and settled before A's view comes back. The record
  // is drained, not deleted, so that A's give-back finds it; the store counts it again.
  it("keeps a view given back after another reader's last view was settled", async () => {
    const { store, s, key, holder } = await twoViewLink('kw-cluster-drain:');
    await unconfirmedReveal(holder, key, s);
    expect(await store.reveal(s.id, Date.now())).toMatchObject({ payload: s.payload });
    await expect.poll(() => holder.command('HGET', key, 'views')).toBe('0');
    expect(await store.reveal(s.id, Date.now())).toBeNull();
    expect(await store.usage()).toEqual({ secrets: 0, bytes: 0 });
    expect(await holder.command('EVAL', lua.RESTORE, 1, key, 'a', Date.now(), 1, s.id)).toBe(4);
    expect(await store.status(s.id, s.manageTokenHash, Date.now())).toMatchObject({ viewsLeft: 1 });
    await store.close();
  }, 30_000);
});

failoverSuite('cluster', () => cluster);
