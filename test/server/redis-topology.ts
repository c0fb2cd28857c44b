import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';
import type { RedisConfig, RedisEndpoint } from '../../server/redis-config';
import { freePort } from './redis-server';
import type { SecureRedis } from './redis-tls';

// Real redis-server processes on free loopback ports, each in its own temp dir, for the Sentinel
// and Cluster tests and `npm run chaos:server`: a primary that is killed is started again on its
// port and dir, as a replica, so that the next round has one again.

const REDIS_BIN = '/usr/bin/redis-server';
const REDIS_CLI = '/usr/bin/redis-cli';
const HOST = '127.0.0.1';

// Persistence off (a restarted node resyncs from its primary); DEBUG allowed from loopback, for
// DEBUG SLEEP; diskless sync without delay, so a replica is back within a second.
const COMMON = [
  '--bind',
  HOST,
  '--save',
  '',
  '--appendonly',
  'no',
  '--enable-debug-command',
  'local',
  '--repl-diskless-sync',
  'yes',
  '--repl-diskless-sync-delay',
  '0',
];

/** One redis-server (or sentinel) process that can be killed and started again. */
export class RedisProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  constructor(
    readonly port: number,
    readonly dir: string,
    private readonly args: string[],
    private readonly connection: Partial<RedisOptions> = {},
  ) {}

  get address(): RedisEndpoint {
    return { host: HOST, port: this.port };
  }

  get running(): boolean {
    return (
      this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null
    );
  }

  async start(extra: string[] = []): Promise<void> {
    const child = spawn(REDIS_BIN, [...this.args, ...extra], { cwd: this.dir, stdio: 'ignore' });
    this.child = child;
    this.exited = new Promise((done) => child.once('exit', () => done()));
    for (let attempt = 0; attempt < 200; attempt++) {
      if (await this.answers()) return;
      if (!this.running) break;
      await sleep(25);
    }
    throw new Error(`redis-server on port ${this.port} did not start`);
  }

  /** `kill -9`, and waits for the process to be gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.running) this.child?.kill(signal);
    await this.exited;
  }

  client(): Redis {
    const client = new Redis({
      ...this.address,
      ...this.connection,
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => undefined);
    return client;
  }

  /** Runs one command on this process; undefined when it does not answer. */
  async command(...args: (string | number)[]): Promise<unknown> {
    const client = this.client();
    try {
      await client.connect();
      const [name, ...rest] = args;
      return await client.call(String(name), ...rest);
    } catch {
      return undefined;
    } finally {
      client.disconnect();
    }
  }

  /** Makes the process hang (a primary stuck on a slow disk, say) for `ms`, without waiting. */
  hang(ms: number): void {
    const client = this.client();
    void client
      .connect()
      .then(() => client.call('DEBUG', 'SLEEP', String(ms / 1000)))
      .catch(() => undefined)
      .finally(() => client.disconnect());
  }

  private async answers(): Promise<boolean> {
    return (await this.command('PING')) === 'PONG';
  }
}

async function newProcess(
  prefix: string,
  args: (port: number, dir: string) => string[],
  connection: Partial<RedisOptions> = {},
) {
  if (!spawnSync(REDIS_BIN, ['--version']).stdout) {
    throw new Error(`${REDIS_BIN} not found: apt-get install redis-server`);
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return new RedisProcess(port, dir, args(port, dir), connection);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

async function until(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function info(process: RedisProcess, section: string): Promise<string> {
  return String((await process.command('INFO', section)) ?? '');
}

/** What a topology gives its tests. */
export interface RedisTopologyUnderTest {
  /** Server settings that reach it, with confirmation by one replica. */
  config: RedisConfig;
  /** The same as environment variables, for server processes. */
  env: Record<string, string>;
  /** Data nodes (not sentinels). */
  nodes: RedisProcess[];
  /** The primaries now. */
  primaries(): Promise<RedisProcess[]>;
  /**
   * Kills (`kill -9`) or hangs (DEBUG SLEEP) one primary, waits until another serves in its
   * place, then brings the old one back as a replica and waits until it has caught up.
   */
  failover(how: 'kill' | 'hang'): Promise<void>;
  stop(): Promise<void>;
}

const baseConfig = {
  db: 0,
  username: undefined,
  password: undefined,
  tls: false,
  sentinelUsername: undefined,
  sentinelPassword: undefined,
  confirmReplicas: 1,
  confirmTimeoutMs: 200,
};

/** A data node's listening arguments: a plain port, or TLS only with the ACL user. */
const listenArgs = (port: number, secure?: SecureRedis) =>
  secure ? secure.nodeArgs(port) : ['--port', String(port)];

/** What a server needs to reach a secured topology, as settings and as environment. */
function secured(secure: SecureRedis | undefined): {
  config: Partial<RedisConfig>;
  env: Record<string, string>;
} {
  if (!secure) return { config: {}, env: {} };
  const { username, password } = secure;
  return {
    config: { tls: true, username, password },
    env: {
      REDIS_TLS: 'true',
      REDIS_USERNAME: username,
      REDIS_PASSWORD: password,
      NODE_EXTRA_CA_CERTS: secure.caFile,
    },
  };
}

/** One node, secured (TLS only, an ACL user), for REDIS_URL's `rediss://` form. */
export async function startSecureNode(
  secure: SecureRedis,
): Promise<{ node: RedisProcess; url: string }> {
  const node = await newProcess(
    'kw-tls-',
    (port) => [...secure.nodeArgs(port), ...COMMON],
    secure.connection(true),
  );
  await node.start();
  const url = `rediss://${secure.username}:${secure.password}@${HOST}:${node.port}`;
  return { node, url };
}

const SENTINEL_NAME = 'kw';
const DOWN_AFTER_MS = 1000;
const HANG_MS = 3000;
/**
 * Sentinel's `failover-timeout`. Three sentinels that start an election at once can split their
 * votes; each then retries only after twice this, and a primary awake again by then is not failed
 * over at all (one chaos run in about thirty hangs timed out so): a hung Sentinel primary sleeps
 * past the retry.
 */
const SENTINEL_FAILOVER_TIMEOUT_MS = 3000;
const SENTINEL_HANG_MS = DOWN_AFTER_MS + 2 * SENTINEL_FAILOVER_TIMEOUT_MS + 5000;

/**
 * A primary, `replicas` replicas and three sentinels (quorum 2); with `secure`, all on TLS with
 * auth.
 */
export async function startSentinelSet(
  secure?: SecureRedis,
  replicas = 1,
): Promise<RedisTopologyUnderTest> {
  const nodeArgs = (port: number) => [...listenArgs(port, secure), ...COMMON];
  const user = secure?.connection(true);
  const nodes = [await newProcess('kw-sen-a-', nodeArgs, user)];
  for (let i = 0; i < replicas; i++) nodes.push(await newProcess('kw-sen-b-', nodeArgs, user));
  const [first, ...followers] = nodes as [RedisProcess, ...RedisProcess[]];
  const sentinels: RedisProcess[] = [];
  const stop = async () => {
    await Promise.all([...sentinels, ...nodes].map((p) => p.kill('SIGTERM')));
    for (const p of [...sentinels, ...nodes]) rmSync(p.dir, { recursive: true, force: true });
  };
  try {
    await first.start();
    for (const replica of followers) {
      await replica.start(['--replicaof', HOST, String(first.port)]);
      await until('the replica to sync', async () =>
        (await info(replica, 'replication')).includes('master_link_status:up'),
      );
    }
    for (let i = 0; i < 3; i++) {
      const sentinel = await newProcess(
        'kw-sen-s-',
        (port, dir) => {
          // Sentinel rewrites its file, so each has its own in its own dir.
          const file = join(dir, 'sentinel.conf');
          writeFileSync(
            file,
            [
              ...(secure ? secure.sentinelLines(port) : [`port ${port}`]),
              `bind ${HOST}`,
              `sentinel monitor ${SENTINEL_NAME} ${HOST} ${first.port} 2`,
              `sentinel down-after-milliseconds ${SENTINEL_NAME} ${DOWN_AFTER_MS}`,
              `sentinel failover-timeout ${SENTINEL_NAME} ${SENTINEL_FAILOVER_TIMEOUT_MS}`,
              ...(secure
                ? [
                    `sentinel auth-user ${SENTINEL_NAME} ${secure.username}`,
                    `sentinel auth-pass ${SENTINEL_NAME} ${secure.password}`,
                  ]
                : []),
              '',
            ].join('\n'),
          );
          return [file, '--sentinel'];
        },
        secure?.connection(false),
      );
      sentinels.push(sentinel);
      await sentinel.start();
    }
    // Each sentinel must know the replica and the other two before a failover can be agreed.
    await until('the sentinels to see each other', async () => {
      for (const sentinel of sentinels) {
        const master = (await sentinel.command('SENTINEL', 'MASTER', SENTINEL_NAME)) as string[];
        const field = (name: string) => Number(master?.[master.indexOf(name) + 1] ?? 0);
        if (field('num-other-sentinels') < 2 || field('num-slaves') < replicas) return false;
      }
      return true;
    });
  } catch (error) {
    await stop();
    throw error;
  }

  const primary = async (): Promise<RedisProcess | undefined> => {
    for (const sentinel of sentinels) {
      const reply = (await sentinel.command(
        'SENTINEL',
        'GET-MASTER-ADDR-BY-NAME',
        SENTINEL_NAME,
      )) as [string, string] | undefined;
      const found = nodes.find((n) => reply && n.port === Number(reply[1]));
      if (found) return found;
    }
    return undefined;
  };

  const addresses = sentinels.map((s) => `${HOST}:${s.port}`).join(',');
  return {
    config: {
      ...baseConfig,
      ...secured(secure).config,
      topology: 'sentinel',
      variable: 'REDIS_SENTINELS',
      nodes: sentinels.map((s) => s.address),
      sentinelName: SENTINEL_NAME,
    },
    env: {
      REDIS_SENTINELS: addresses,
      REDIS_SENTINEL_NAME: SENTINEL_NAME,
      REDIS_CONFIRM_REPLICAS: '1',
      ...secured(secure).env,
    },
    nodes,
    primaries: async () => {
      const found = await primary();
      return found ? [found] : [];
    },
    async failover(how) {
      const old = await primary();
      if (!old) throw new Error('no primary');
      if (how === 'kill') await old.kill();
      else old.hang(SENTINEL_HANG_MS);
      await until('the sentinels to promote the replica', async () => {
        const now = await primary();
        return (
          now !== undefined &&
          now !== old &&
          (await info(now, 'replication')).includes('role:master')
        );
      });
      const now = await primary();
      if (!now) throw new Error('no primary');
      if (how === 'kill') await old.start(['--replicaof', HOST, String(now.port)]);
      // A hung primary wakes up on its own; Sentinel then turns it into a replica.
      await until(
        'the old primary to follow the new one',
        async () => (await info(old, 'replication')).includes('master_link_status:up'),
        SENTINEL_HANG_MS + 30_000,
      );
      // Sentinel points the other replicas at the new primary too.
      await until(
        'every replica to follow the new one',
        async () => (await info(now, 'replication')).includes(`connected_slaves:${replicas}`),
        30_000,
      );
    },
    stop,
  };
}

/** Three primaries with `replicas` replicas each; with `secure`, all on TLS with auth. */
export async function startCluster(
  secure?: SecureRedis,
  replicas = 1,
): Promise<RedisTopologyUnderTest> {
  const nodeArgs = (port: number) => [
    ...listenArgs(port, secure),
    ...COMMON,
    '--cluster-enabled',
    'yes',
    '--cluster-config-file',
    'nodes.conf',
    '--cluster-node-timeout',
    String(DOWN_AFTER_MS),
    // A replica that was in step takes over whatever the time since it last heard its primary.
    '--cluster-replica-validity-factor',
    '0',
    // With two replicas each, a primary briefly without one (its old primary's other replica not
    // yet following it) would take a replica from another, and shards would stay uneven.
    '--cluster-allow-replica-migration',
    'no',
  ];
  const nodes: RedisProcess[] = [];
  const stop = async () => {
    await Promise.all(nodes.map((p) => p.kill('SIGTERM')));
    for (const p of nodes) rmSync(p.dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < 3 * (1 + replicas); i++) {
      // The cluster bus defaults to the port + 10000, which nobody checked was free: a node then
      // failed to start now and then. Each node gets a bus port of its own, found free like its
      // port.
      const busPort = await freePort();
      const args = (port: number) => [...nodeArgs(port), '--cluster-port', String(busPort)];
      nodes.push(await newProcess('kw-cluster-', args, secure?.connection(true)));
    }
    await Promise.all(nodes.map((n) => n.start()));
    const created = spawnSync(
      REDIS_CLI,
      [
        '--cluster',
        'create',
        ...nodes.map((n) => `${HOST}:${n.port}`),
        '--cluster-replicas',
        String(replicas),
        '--cluster-yes',
        ...(secure?.cliArgs ?? []),
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    if (created.status !== 0)
      throw new Error(`redis-cli --cluster create failed: ${created.stdout}`);
    await until('the cluster to be ready', () => clusterHealthy(nodes, replicas));
  } catch (error) {
    await stop();
    throw error;
  }
  const primaries = async () => {
    const found: RedisProcess[] = [];
    for (const node of nodes) {
      if (node.running && (await info(node, 'replication')).includes('role:master'))
        found.push(node);
    }
    return found;
  };
  return {
    config: {
      ...baseConfig,
      ...secured(secure).config,
      topology: 'cluster',
      variable: 'REDIS_CLUSTER_NODES',
      nodes: nodes.map((n) => n.address),
      sentinelName: undefined,
    },
    env: {
      REDIS_CLUSTER_NODES: nodes.map((n) => `${HOST}:${n.port}`).join(','),
      REDIS_CONFIRM_REPLICAS: '1',
      ...secured(secure).env,
    },
    nodes,
    primaries,
    async failover(how) {
      const [old] = await primaries();
      if (!old) throw new Error('no primary');
      if (how === 'kill') await old.kill();
      else old.hang(HANG_MS);
      await until('a replica to take over', async () => {
        const now = await primaries();
        return now.length === 3 && !now.includes(old);
      });
      if (how === 'kill') await old.start();
      // Back from a kill or a hang, it rejoins as a replica of the node that took its slots.
      await until(
        'the old primary to follow the new one',
        async () => {
          const replication = await info(old, 'replication');
          return (
            replication.includes('role:slave') && replication.includes('master_link_status:up')
          );
        },
        30_000,
      );
      await until('the cluster to be ready', () => clusterHealthy(nodes, replicas));
    },
    stop,
  };
}

async function clusterHealthy(nodes: RedisProcess[], replicas: number): Promise<boolean> {
  for (const node of nodes) {
    if (!String(await node.command('CLUSTER', 'INFO')).includes('cluster_state:ok')) return false;
  }
  let primaries = 0;
  for (const node of nodes) {
    const replication = await info(node, 'replication');
    if (replication.includes('role:master')) {
      primaries++;
      if (!replication.includes(`connected_slaves:${replicas}`)) return false;
    }
  }
  return primaries === 3;
}
