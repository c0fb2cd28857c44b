import { randomBase64url } from '../random';
import type { Redis } from 'ioredis';
import { MAX_CONFIRM_TIMEOUT_MS, redisConfigFromUrl, type RedisConfig } from '../redis-config';
import { ReplicaConfirmer } from './redis-confirm';
import { connectRedis, type RedisLink } from './redis-link';
import * as lua from './redis-scripts';
import {
  NO_LIMITS,
  StoreUnavailableError,
  type CreateResult,
  type NewSecret,
  type RevealedSecret,
  type SecretStore,
  type StoreLimits,
  type StoreReplication,
} from './secret-store';

type RevealReply =
  | ['x', string]
  | ['r']
  | ['p']
  | [tag: 'v', payload: string, salt: string, left: number, size: string];

type Arg = string | number;

// The record scripts take their key count first: one key on a cluster, three on one node (see
// redis-scripts.ts).
interface Scripted extends Redis {
  kwCreate(...args: Arg[]): Promise<number>;
  kwReveal(...args: Arg[]): Promise<RevealReply | null>;
  kwRestore(...args: Arg[]): Promise<number>;
  kwSettle(...args: Arg[]): Promise<number>;
  kwClear(...args: Arg[]): Promise<number>;
  kwStatus(key: string, hash: string, now: number): Promise<[number, string] | null>;
  kwRevoke(...args: Arg[]): Promise<string[] | null>;
  kwReserve(live: string, bytes: string, ...args: Arg[]): Promise<number>;
  kwRelease(live: string, bytes: string, member: string, size: string): Promise<number>;
  kwPrune(live: string, bytes: string, now: number): Promise<number>;
  kwUsage(live: string, bytes: string): Promise<[number, number]>;
  kwMigrate(...keys: string[]): Promise<number>;
}

const COMMANDS: [name: string, keys: number | undefined, script: string][] = [
  ['kwCreate', undefined, lua.CREATE],
  ['kwReveal', undefined, lua.REVEAL],
  ['kwRestore', undefined, lua.RESTORE],
  ['kwSettle', undefined, lua.SETTLE],
  ['kwClear', undefined, lua.CLEAR],
  ['kwStatus', 1, lua.STATUS],
  ['kwRevoke', undefined, lua.REVOKE],
  ['kwReserve', 2, lua.RESERVE],
  ['kwRelease', 2, lua.RELEASE],
  ['kwPrune', 2, lua.PRUNE],
  ['kwUsage', 2, lua.USAGE],
  ['kwMigrate', 4, lua.MIGRATE_LEDGER],
];

// A cluster hands out one connection per node, made as nodes appear: each learns the scripts once.
const taught = new WeakSet<Redis>();
function scripted(client: Redis): Scripted {
  if (!taught.has(client)) {
    for (const [name, numberOfKeys, script] of COMMANDS) {
      client.defineCommand(name, numberOfKeys ? { numberOfKeys, lua: script } : { lua: script });
    }
    taught.add(client);
  }
  return client as Scripted;
}

const ignore = () => undefined;

/**
 * `send` once per connection for the items given in one batch of microtasks: the continuations
 * of the requests one WAIT confirmed run in one such batch, so their follow-up writes go as one
 * script rather than a command each.
 */
function perTurn<T>(
  send: (client: Scripted, items: T[]) => void,
): (client: Scripted, item: T) => void {
  const batches = new Map<Scripted, T[]>();
  return (client, item) => {
    const batch = batches.get(client);
    if (batch) {
      batch.push(item);
      return;
    }
    const fresh = [item];
    batches.set(client, fresh);
    queueMicrotask(() => {
      batches.delete(client);
      send(client, fresh);
    });
  };
}

// What is left of a claim's life once the reveal has waited out two WAITs (its own queued behind
// one in flight), less 10 s to spare: a view given back after its claim expired would be gone.
const RESTORE_FOR_MS = lua.CLAIM_MS - 2 * MAX_CONFIRM_TIMEOUT_MS - 10_000;

/**
 * Redis / Valkey store: one node, a Sentinel-managed primary or a cluster (`target` is the parsed
 * configuration, or a REDIS_URL). Connects before resolving so a wrong setting stops the server at
 * start; the error names the variable, never its value (it may hold a password).
 *
 * Layout: each record is one hash, `<prefix><id>`, in its own slot; the caps' ledger is two keys
 * with one hash tag, `{<prefix>}~live` and `{<prefix>}~bytes` (see redis-scripts.ts). With
 * `confirmReplicas` > 0, a create, reveal or revoke is answered only once WAIT has seen it on that
 * many replicas; otherwise it throws StoreUnavailableError, and a reveal first gives its view back.
 */
export async function openRedisStore(
  target: RedisConfig | string,
  prefix = 'kw:secret:',
  limits: StoreLimits = NO_LIMITS,
): Promise<SecretStore> {
  const config = typeof target === 'string' ? redisConfigFromUrl(target) : target;
  if (/[{}]/.test(prefix)) throw new Error('The key prefix may not hold { or }');
  const link: RedisLink = await connectRedis(config);
  const need = config.confirmReplicas;
  const confirmer = need > 0 ? new ReplicaConfirmer(need, config.confirmTimeoutMs) : undefined;
  const live = `{${prefix}}~live`;
  const bytes = `{${prefix}}~bytes`;
  const record = (id: string) => prefix + id;
  // One node: the record scripts keep the ledger too. A cluster: separate calls, one slot each.
  const inline = config.topology !== 'cluster';
  const keys = (id: string): Arg[] => (inline ? [3, record(id), live, bytes] : [1, record(id)]);
  const ledger = () => scripted(link.clientFor(live));

  // Anything Redis could not do is retryable: the caller answers 503. A cluster then reloads its
  // slot table, since the usual cause is a failover or a moved slot.
  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      link.refresh();
      throw new StoreUnavailableError({ cause: error });
    }
  }

  async function release(id: string, size: string): Promise<void> {
    if (size === '' || inline) return;
    await ledger().kwRelease(live, bytes, `${id}:${size}`, size);
  }

  // A cluster's record back in use after its release: counted again, caps or not (it was there).
  // Should this land between another server's SETTLE that drained the record and that server's
  // release, a round trip apart, the release wins: the record goes uncounted until its expiry,
  // the one way a cluster's count can run low (by one, and only after a failed confirmation).
  async function recount(id: string): Promise<void> {
    const key = record(id);
    const [size, exp] = await scripted(link.clientFor(key)).hmget(key, 'n', 'exp');
    if (!size || !exp) return;
    await ledger().kwReserve(live, bytes, `${id}:${size}`, size, exp, Date.now(), 0, 0);
  }

  // Confirmed claims on last views settle in one script per connection for all those one WAIT
  // confirmed (perTurn): a command each cost a confirmed reveal more of the server's time than its
  // share of the WAIT. A cluster's records sit in different slots, which one script may not mix.
  // True when the record was kept, with a view given back meanwhile (see SETTLE): its reader was
  // told no view was left, and the one now left is a view nobody saw.
  const settleTogether = perTurn<[id: string, nonce: string]>((client, claims) =>
    client
      .kwSettle(
        claims.length + 2,
        ...claims.map(([id]) => record(id)),
        live,
        bytes,
        Date.now(),
        ...claims.flatMap(([id, nonce]) => [nonce, id]),
      )
      .catch(ignore),
  );
  async function settleClaim(client: Scripted, id: string, nonce: string): Promise<boolean> {
    if (!inline) {
      return client.kwSettle(1, record(id), Date.now(), nonce, id).then(
        (kept) => kept === 1,
        () => false,
      );
    }
    settleTogether(client, [id, nonce]);
    // One node keeps the ledger in the script itself.
    return false;
  }

  // A confirmed view that leaves views behind: its mark goes (and a drained record waiting for
  // it with it), so that a mark left when the last view settles is one whose give-back may yet
  // come (see SETTLE). One script per connection for the views one WAIT confirmed, as for
  // settling; a cluster's, one each. Best effort: a mark left behind only keeps a drained record
  // until its claim's life is up.
  const clearTogether = perTurn<[id: string, nonce: string]>((client, views) =>
    client
      .kwClear(views.length, ...views.map(([id]) => record(id)), ...views.map(([, n]) => n))
      .catch(ignore),
  );
  function clearMark(client: Scripted, id: string, nonce: string): void {
    if (inline) clearTogether(client, [id, nonce]);
    else client.kwClear(1, record(id), nonce).catch(ignore);
  }

  // Views being given back after a failed confirmation; close() ends them after their current try.
  const restores = new Set<Promise<void>>();
  let closing = false;

  // Through whichever node holds the key now, until a replica holds the restore too: the claim's
  // mark makes it safe anywhere (see REVEAL), and a failover can take seconds. The claimed record
  // answers 503 meanwhile, so a reader who retries gets the view once it is back.
  async function giveBack(id: string, nonce: string): Promise<void> {
    const deadline = Date.now() + RESTORE_FOR_MS;
    let revived = false;
    while (!closing && Date.now() < deadline) {
      try {
        const client = scripted(link.clientFor(record(id)));
        const epoch = confirmer?.epoch(client) ?? 0;
        const outcome = await client.kwRestore(...keys(id), nonce, Date.now(), need, id);
        if (outcome === 0) return;
        // A drained record lives again; a cluster's ledger had let it go, as revealed.
        if (outcome === 4 && !inline) revived = true;
        if (outcome !== 3 && (!confirmer || (await confirmer.confirm(client, epoch)))) {
          if (revived) await recount(id);
          return;
        }
      } catch {
        link.refresh();
      }
      await new Promise((done) => setTimeout(done, 250));
    }
  }

  function giveBackLater(id: string, nonce: string): void {
    const restoring = giveBack(id, nonce).finally(() => restores.delete(restoring));
    restores.add(restoring);
  }

  if (config.topology !== 'cluster') {
    // The counts' keys before they shared a hash tag; they carry over once, on one node.
    await guarded(() => ledger().kwMigrate(prefix + '~live', prefix + '~bytes', live, bytes));
  }

  return {
    kind: 'redis',
    create: (s: NewSecret, now: number) =>
      guarded(async (): Promise<CreateResult> => {
        const size = String(s.payload.length);
        const caps = [s.id, now, limits.maxLiveSecrets, limits.maxStoredBytes];
        if (!inline) {
          const member = `${s.id}:${size}`;
          const reserved = await ledger().kwReserve(
            live,
            bytes,
            member,
            size,
            s.expiresAt,
            now,
            limits.maxLiveSecrets,
            limits.maxStoredBytes,
          );
          if (reserved !== 1) return 'full';
        }
        const key = record(s.id);
        const client = scripted(link.clientFor(key));
        const epoch = confirmer?.epoch(client) ?? 0;
        // When the script fails we cannot tell whether it ran: the place stays reserved (the
        // count may run over until the record's expiry, never under).
        const outcome = await client.kwCreate(
          ...keys(s.id),
          s.payload,
          s.passphraseSalt ?? '',
          s.views,
          s.expiresAt,
          s.manageTokenHash,
          need,
          ...caps,
        );
        if (outcome === 2) return 'full';
        if (outcome === 0) return 'exists';
        // Nobody will learn this id: take the record back (and its place), best effort.
        const takeBack = async () => {
          const removed = await client
            .kwRevoke(...keys(s.id), s.manageTokenHash, now, 0, s.id)
            .then(
              () => true,
              () => false,
            );
          if (removed) await release(s.id, size).catch(ignore);
        };
        if (outcome === 4) {
          // This create's own first sending made the record; without confirmation it is made.
          if (!confirmer) return 'created';
          // Its sending again wrote nothing on this connection, so no WAIT here can vouch for the
          // record: it goes, and the caller tries again under another id.
          await takeBack();
          return 'exists';
        }
        if (outcome !== 1) {
          await release(s.id, size);
          throw new StoreUnavailableError();
        }
        if (confirmer && !(await confirmer.confirm(client, epoch))) {
          await takeBack();
          throw new StoreUnavailableError();
        }
        return 'created';
      }),

    reveal: (id, now) =>
      guarded(async (): Promise<RevealedSecret | null> => {
        const key = record(id);
        const client = scripted(link.clientFor(key));
        const epoch = confirmer?.epoch(client) ?? 0;
        const nonce = confirmer ? randomBase64url(12) : '';
        let reply: RevealReply | null;
        try {
          reply = await client.kwReveal(...keys(id), now, nonce, need, id);
          // Another reveal's claim awaits its confirmation: it is either confirmed soon (then
          // this one answers 404) or given back (then this one may have it).
          const patience = Date.now() + config.confirmTimeoutMs + 300;
          while (reply?.[0] === 'p' && Date.now() < patience) {
            await new Promise((done) => setTimeout(done, 20));
            reply = await client.kwReveal(...keys(id), now, nonce, need, id);
          }
        } catch (error) {
          // The script may have claimed the view and its reply been lost with the connection
          // (ioredis then sends it again, to the new primary): whatever claim holds this nonce
          // is given back.
          if (confirmer) giveBackLater(id, nonce);
          throw error;
        }
        // The same after a reconnect, even with a reply: it answers only the last sending.
        if (confirmer && reply?.[0] !== 'v' && confirmer.epoch(client) !== epoch) {
          giveBackLater(id, nonce);
        }
        if (!reply) return null;
        if (reply[0] === 'x') {
          await release(id, reply[1]);
          return null;
        }
        if (reply[0] === 'r' || reply[0] === 'p') throw new StoreUnavailableError();
        const [, payload, salt, left, size] = reply;
        if (confirmer && !(await confirmer.confirm(client, epoch))) {
          // The payload has not left: give the view back, so that a retry finds it.
          giveBackLater(id, nonce);
          throw new StoreUnavailableError();
        }
        const viewsLeft = Number(left);
        if (viewsLeft > 0 && confirmer) clearMark(client, id, nonce);
        // A last view's claim is confirmed: the claimed record, ciphertext and all, can go (or
        // drain, see SETTLE), so that the next reveal answers 404 (should that be lost, the claim
        // answers 503 until it expires).
        const kept = viewsLeft === 0 && confirmer ? await settleClaim(client, id, nonce) : false;
        // The delete is confirmed: a lost release only leaves the count high until the expiry.
        if (viewsLeft === 0 && !kept) await release(id, size).catch(ignore);
        return { payload, passphraseSalt: salt === '' ? null : salt, viewsLeft };
      }),

    status: (id, hash, now) =>
      guarded(async () => {
        const key = record(id);
        const result = await scripted(link.clientFor(key)).kwStatus(key, hash, now);
        return result ? { viewsLeft: Number(result[0]), expiresAt: Number(result[1]) } : null;
      }),

    revoke: (id, hash, now) =>
      guarded(async () => {
        const key = record(id);
        const client = scripted(link.clientFor(key));
        const epoch = confirmer?.epoch(client) ?? 0;
        const reply = await client.kwRevoke(...keys(id), hash, now, need, id);
        // Sent again after a reconnect, the revoke finds nothing where its first sending deleted
        // the record, and no WAIT confirmed that delete: 503, and the owner's retry answers.
        if (!reply && confirmer && confirmer.epoch(client) !== epoch) {
          throw new StoreUnavailableError();
        }
        if (!reply) return false;
        // An unconfirmed revoke is not undone: the owner asked for the record to go. A retry
        // deletes it wherever it survived, or answers 404 where it is gone.
        if (reply[0] !== 'd' || (confirmer && !(await confirmer.confirm(client, epoch)))) {
          throw new StoreUnavailableError();
        }
        await release(id, reply[1] ?? '').catch(ignore);
        return true;
      }),

    purgeExpired: (now) =>
      guarded(async () => {
        // Redis deletes expired records itself (PEXPIREAT); this drops them from the ledger.
        let total = 0;
        for (let batch = 0; batch < 1000; batch++) {
          const pruned = await ledger().kwPrune(live, bytes, now);
          total += pruned;
          if (pruned < 500) break;
        }
        return total;
      }),

    usage: () =>
      guarded(async () => {
        const [secrets, stored] = await ledger().kwUsage(live, bytes);
        return { secrets: Number(secrets), bytes: Number(stored) };
      }),

    ping: () =>
      guarded(async () => {
        const primaries = link.primaries();
        // A cluster between slot tables lists none: that is not a healthy store.
        if (primaries.length === 0) throw new StoreUnavailableError();
        await Promise.all(primaries.map((client) => client.ping()));
      }),

    replication: () =>
      guarded(async (): Promise<StoreReplication> => {
        const infos = await Promise.all(
          link.primaries().map((client) => client.info('replication')),
        );
        const connected = infos.map((info) =>
          Number(/connected_slaves:(\d+)/.exec(info)?.[1] ?? '0'),
        );
        return {
          topology: config.topology,
          confirmReplicas: need,
          writesConfirmed: need > 0 && connected.every((n) => n >= need),
        };
      }),

    async close() {
      closing = true;
      await Promise.all(restores);
      await link.close();
    },
  };
}
