import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './app';
import { announceListening, runPrimary, workerRateLimit } from './cluster';
import { loadConfig, type ServerConfig } from './config';
import { batchedLines } from './log-writer';
import { Metrics } from './metrics';
import { openRedisStore } from './store/redis';
import type { SecretStore } from './store/secret-store';
import { openSqliteStore } from './store/sqlite';
import { buildViewer, DEFAULT_VIEWER_DIR, readViewer, type ViewerBundle } from './viewer/build';

/** A listening server: `url` is the real base URL (with the real port when PORT is 0). */
export interface RunningServer {
  url: string;
  config: ServerConfig;
  close(): Promise<void>;
}

async function loadViewer(config: ServerConfig): Promise<ViewerBundle> {
  if (config.viewerDir) return readViewer(config.viewerDir);
  try {
    // Building at start (~0.1 s) keeps the page in step with its sources during development.
    return await buildViewer();
  } catch (error) {
    // Production installs without dev dependencies serve the copy from `npm run build:viewer`.
    if (existsSync(join(DEFAULT_VIEWER_DIR, 'viewer.js'))) return readViewer(DEFAULT_VIEWER_DIR);
    throw new Error('Cannot build the viewer page; run `npm run build:viewer` or set VIEWER_DIR', {
      cause: error,
    });
  }
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolveAddress, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        new Error(`Cannot listen on HOST ${host}, PORT ${port} (${error.code ?? error.name})`),
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolveAddress(server.address() as AddressInfo);
    });
  });
}

/**
 * Starts the one-time secret server. Configuration comes from the environment (see config.ts);
 * `overrides` win over it. Throws, naming the variable, when a setting is invalid.
 */
export async function startServer(overrides: Partial<ServerConfig> = {}): Promise<RunningServer> {
  const config: ServerConfig = { ...loadConfig(process.env), ...overrides };
  const viewer = await loadViewer(config);
  const limits = { maxLiveSecrets: config.maxLiveSecrets, maxStoredBytes: config.maxStoredBytes };
  const store: SecretStore = config.redis
    ? await openRedisStore(config.redis, undefined, limits)
    : openSqliteStore(config.dataDir, limits);
  const metrics = new Metrics();
  const accessLines = batchedLines((text) => process.stdout.write(text));
  const app = createApp({
    store,
    config,
    viewer,
    metrics,
    log: config.accessLog
      ? (entry) =>
          accessLines.push(
            JSON.stringify({
              t: new Date().toISOString(),
              method: entry.method,
              route: entry.route,
              status: entry.status,
              ms: entry.ms,
            }),
          )
      : undefined,
  });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  let address: AddressInfo;
  try {
    address = await listen(server, config.port, config.host);
  } catch (error) {
    await store.close();
    throw error;
  }
  const purge = setInterval(() => {
    store
      .purgeExpired(Date.now())
      .then((n) => metrics.count('purged', n))
      .catch((error: unknown) =>
        console.error(JSON.stringify({ level: 'error', purge: (error as Error).name })),
      );
  }, config.purgeIntervalSeconds * 1000);
  purge.unref();

  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = config.publicUrl ?? `http://${host}:${address.port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    config: { ...config, port: address.port },
    close() {
      closing ??= (async () => {
        clearInterval(purge);
        const closed = new Promise<void>((done) => server.close(() => done()));
        server.closeIdleConnections();
        const force = setTimeout(() => server.closeAllConnections(), 2000);
        await closed;
        clearTimeout(force);
        accessLines.flush();
        await store.close();
      })();
      return closing;
    },
  };
}

async function runFromCommandLine(): Promise<void> {
  let config: ServerConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    console.error(`keywarden server: ${(error as Error).message}`);
    process.exit(1);
  }
  const store = config.redis ? `redis (${config.redis.topology})` : `sqlite in ${config.dataDir}`;
  if (cluster.isPrimary && config.workers > 1) {
    runPrimary(
      config,
      (url) =>
        console.log(
          `Keywarden server listening on ${url} (store: ${store}, ${config.workers} workers)`,
        ),
      (signal) => console.log(`Received ${signal}, shutting down`),
    );
    return;
  }
  let running: RunningServer;
  try {
    running = await startServer(cluster.isWorker ? workerRateLimit(config, config.workers) : {});
  } catch (error) {
    console.error(`keywarden server: ${(error as Error).message}`);
    process.exit(1);
  }
  if (cluster.isWorker) {
    announceListening(running.url);
  } else {
    console.log(`Keywarden server listening on ${running.url} (store: ${store})`);
  }
  const stop = (signal: string) => {
    if (!cluster.isWorker) console.log(`Received ${signal}, shutting down`);
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runFromCommandLine();
}
