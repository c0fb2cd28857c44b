import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import type { RedisConfig, RedisTopology } from '../redis-config';
import { keySlot } from './key-slot';
import { StoreUnavailableError } from './secret-store';

/**
 * The connection(s) behind the Redis store, whatever the topology. `clientFor(key)` is the one
 * connection that serves `key`: on a cluster, the owning primary's own connection, so that a
 * script and the WAIT confirming it travel over the same socket to the same node.
 */
export interface RedisLink {
  topology: RedisTopology;
  clientFor(key: string): Redis;
  /** Every primary's connection (one unless clustered). */
  primaries(): Redis[];
  /** After an error: lets a cluster client reload its slot table. */
  refresh(): void;
  close(): Promise<void>;
}

// A node demoted to replica answers READONLY (the scripts say it before writing anything, see
// redis-scripts.ts): reconnecting makes the Sentinel connector ask for the current primary again,
// should the client have missed the switch or been handed the old primary during one.
const reconnectOnReadonly = (error: Error) => (error.message.startsWith('READONLY') ? 1 : false);

/** Beyond the confirmation's own bound, what a command may take before its request answers 503. */
export const COMMAND_MARGIN_MS = 1000;
const RECONNECT_MAX_MS = 1000;

/**
 * What every connection to a data node shares, whatever the topology.
 *
 * With confirmation, a command is bounded (`commandTimeout`): a hung primary (a stalled process or
 * host, a lost network path) keeps its connection open and answers nothing, and Sentinel or the
 * cluster notice only after their own timeouts (30 s and 15 s by default), so every request
 * meanwhile would wait with it. A reveal whose reply did not come is given back like one whose
 * connection was cut (see redis.ts); without confirmation nothing gives a view back, so the
 * request waits for its answer instead.
 *
 * Once Sentinel has named a new primary, the connection to a hung old one is dropped at once
 * (ioredis waits 2 s for it to close).
 */
function sharedNodeOptions(config: RedisConfig): RedisOptions {
  return {
    username: config.username,
    password: config.password,
    tls: config.tls ? {} : undefined,
    lazyConnect: true,
    // Requests fail fast (and are answered 503, retryable) instead of queueing through a failover.
    maxRetriesPerRequest: 2,
    connectTimeout: 5000,
    commandTimeout:
      config.confirmReplicas > 0 ? config.confirmTimeoutMs + COMMAND_MARGIN_MS : undefined,
    disconnectTimeout: 250,
  };
}

/** The ioredis options for one node, or for the primary Sentinel names (pure: tested alone). */
export function nodeOptions(config: RedisConfig): RedisOptions {
  const base: RedisOptions = {
    ...sharedNodeOptions(config),
    db: config.db,
    reconnectOnError: reconnectOnReadonly,
    // At most a second apart (ioredis doubles its wait up to 5 s), so that a failover costs the
    // clients what it costs Redis; jittered, so that many server processes do not reconnect in
    // step. A cluster has its own (clusterRetryStrategy, up to 2 s).
    retryStrategy: (times) =>
      Math.min(50 * 2 ** (times - 1), RECONNECT_MAX_MS) + Math.floor(Math.random() * 100),
  };
  if (config.topology !== 'sentinel') {
    const node = config.nodes[0];
    return { ...base, host: node?.host, port: node?.port };
  }
  return {
    ...base,
    sentinels: config.nodes,
    name: config.sentinelName,
    sentinelUsername: config.sentinelUsername,
    sentinelPassword: config.sentinelPassword,
    enableTLSForSentinelMode: config.tls,
    sentinelTLS: base.tls,
    // Sentinel's +switch-master reaches the client at once, rather than at its next error.
    failoverDetector: true,
  };
}

/** The ioredis options for a cluster (pure: tested alone). */
export function clusterOptions(config: RedisConfig): ClusterOptions {
  return {
    lazyConnect: true,
    redisOptions: sharedNodeOptions(config),
    // Managed clusters (ElastiCache, Memorystore) with TLS need the host name kept for SNI.
    dnsLookup: (address, done) => done(null, address),
    slotsRefreshTimeout: 2000,
  };
}

/** Connects, and fails (naming the variable, never its value) when no node answers. */
export async function connectRedis(config: RedisConfig): Promise<RedisLink> {
  const { link, ready } = config.topology === 'cluster' ? clusterLink(config) : nodeLink(config);
  let timer: NodeJS.Timeout | undefined;
  // ioredis keeps retrying unreachable sentinels for ever; at start that is a wrong setting.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError()), CONNECT_DEADLINE_MS);
  });
  try {
    await Promise.race([ready, deadline]);
    return link;
  } catch (error) {
    await link.close();
    throw new Error(`Cannot connect to ${config.variable} (${(error as Error).name})`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

const CONNECT_DEADLINE_MS = 8000;

class TimeoutError extends Error {
  constructor() {
    super('no answer in time');
    this.name = 'TimeoutError';
  }
}

function quiet<T extends Redis | Cluster>(client: T): T {
  // Without a listener ioredis reports reconnect errors as unhandled 'error' events.
  client.on('error', () => undefined);
  return client;
}

async function closeClient(client: Redis | Cluster): Promise<void> {
  if (client.status === 'end') return;
  await client.quit().catch(() => client.disconnect());
}

// One connection: WAIT blocks it while it waits, but one WAIT covers every write answered before
// it (redis-confirm.ts), and fewer, larger batches measured faster than a pool of connections.
function nodeLink(config: RedisConfig): { link: RedisLink; ready: Promise<unknown> } {
  const client = quiet(new Redis(nodeOptions(config)));
  return {
    link: {
      topology: config.topology,
      clientFor: () => client,
      primaries: () => [client],
      refresh: () => undefined,
      close: () => closeClient(client),
    },
    ready: client.connect().then(() => client.ping()),
  };
}

function clusterLink(config: RedisConfig): { link: RedisLink; ready: Promise<unknown> } {
  const cluster = quiet(new Cluster(config.nodes, clusterOptions(config)));
  const clients = new Map<string, Redis>();
  const name = (client: Redis) => `${client.options.host}:${client.options.port}`;
  cluster.on('+node', (client: Redis) => clients.set(name(quiet(client)), client));
  cluster.on('-node', (client: Redis) => clients.delete(name(client)));
  const link: RedisLink = {
    topology: 'cluster',
    clientFor(key) {
      const nodeKey = cluster.slots[keySlot(key)]?.[0];
      const client = nodeKey ? clients.get(nodeKey) : undefined;
      if (!client || cluster.status !== 'ready') {
        cluster.refreshSlotsCache();
        throw new StoreUnavailableError();
      }
      return client;
    },
    primaries: () => cluster.nodes('master'),
    // A MOVED, a closed connection or a timeout: the slot table may be stale after a failover.
    refresh: () => cluster.refreshSlotsCache(),
    close: () => closeClient(cluster),
  };
  const ready = cluster
    .connect()
    .then(() => Promise.all(cluster.nodes('master').map((client) => client.ping())));
  return { link, ready };
}
