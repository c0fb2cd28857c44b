/**
 * `npm run chaos:server`: the server on highly available Redis, under failures. For Sentinel (a
 * primary, a replica, three sentinels) and then Cluster (three primaries with a replica each), all
 * real redis-server processes on loopback, it starts two server processes with writes confirmed by
 * one replica, lets clients create and reveal one-view links through both, and kills (`kill -9`)
 * or hangs (DEBUG SLEEP) a primary, in turn, `--failovers` times. It prints the creates answered
 * and confirmed, confirmed creates lost, double reveals, 503s, the failover time as the clients saw
 * it, and one verdict line per target of issue 17.
 *
 * `--replicas 2` gives each primary two replicas: writes go on confirmed while one is down.
 *
 *   npm run chaos:server -- [--failovers 20] [--only sentinel|cluster] [--clients 8] [--replicas 1]
 */
import { parseArgs } from 'node:util';
import { describeDrill, runFailoverDrill, type DrillReport } from '../test/server/failover-drill';
import {
  startCluster,
  startSentinelSet,
  type RedisTopologyUnderTest,
} from '../test/server/redis-topology';
import { spawnServer, type SpawnedServer } from '../test/server/spawn-server';

const { values: args } = parseArgs({
  options: {
    failovers: { type: 'string', default: '20' },
    only: { type: 'string' },
    clients: { type: 'string', default: '8' },
    replicas: { type: 'string', default: '1' },
  },
});
const failovers = Number(args.failovers);
const replicas = Number(args.replicas);

async function drill(
  name: string,
  start: (replicas: number) => Promise<RedisTopologyUnderTest>,
): Promise<DrillReport> {
  const topology = await start(replicas);
  let servers: SpawnedServer[] = [];
  try {
    const env = { ...topology.env, PORT: '0', RATE_LIMIT_PER_MINUTE: '0' };
    servers = await Promise.all([spawnServer(env), spawnServer(env)]);
    const report = await runFailoverDrill({
      topology,
      servers: servers.map((s) => s.url),
      failovers,
      clients: Number(args.clients),
      log: (line) => console.log(`  ${name} ${line}`),
    });
    for (const line of describeDrill(name, report)) console.log(line);
    return report;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await topology.stop();
  }
}

async function main(): Promise<void> {
  console.log(
    `chaos: ${failovers} failovers per topology, ${replicas} replica(s) per primary, ` +
      `${args.clients} clients, 2 servers`,
  );
  const reports: [string, DrillReport][] = [];
  if (args.only !== 'cluster')
    reports.push(['sentinel', await drill('sentinel', (n) => startSentinelSet(undefined, n))]);
  if (args.only !== 'sentinel')
    reports.push(['cluster', await drill('cluster', (n) => startCluster(undefined, n))]);
  console.log('');
  let ok = true;
  const verdict = (pass: boolean, text: string) => {
    ok &&= pass;
    console.log(`${pass ? 'PASS' : 'FAIL'}  ${text}`);
  };
  for (const [name, r] of reports) {
    verdict(r.failovers >= 20, `${name}: ${r.failovers} failovers (target ≥ 20)`);
    verdict(r.doubleReveals === 0, `${name}: ${r.doubleReveals} double reveals (target 0)`);
    verdict(
      r.lostConfirmedCreates === 0,
      `${name}: ${r.lostConfirmedCreates} lost confirmed creates (target 0)`,
    );
    verdict(r.recovered, `${name}: servers recovered without a restart`);
  }
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(`chaos failed: ${(error as Error).message}`);
  process.exit(1);
});
