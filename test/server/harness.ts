import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from '../../server/app';
import { loadConfig, type ServerConfig } from '../../server/config';
import type { AccessLogEntry } from '../../server/middleware/access-log';
import { Metrics } from '../../server/metrics';
import type { SecretStore } from '../../server/store/secret-store';
import { openSqliteStore } from '../../server/store/sqlite';

export interface TestApp {
  app: Hono;
  store: SecretStore;
  config: ServerConfig;
  metrics: Metrics;
  logs: AccessLogEntry[];
  clock: { now: number };
  cleanup(): Promise<void>;
}

/** A fresh app on a temp SQLite file with a controllable clock and captured access log. */
export function makeTestApp(
  overrides: Partial<ServerConfig> = {},
  wrapStore?: (store: SecretStore) => SecretStore,
): TestApp {
  const dataDir = mkdtempSync(join(tmpdir(), 'kw-app-'));
  const config = { ...loadConfig({ DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0' }), ...overrides };
  const inner = openSqliteStore(dataDir, {
    maxLiveSecrets: config.maxLiveSecrets,
    maxStoredBytes: config.maxStoredBytes,
  });
  const store = wrapStore ? wrapStore(inner) : inner;
  const metrics = new Metrics();
  const logs: AccessLogEntry[] = [];
  const clock = { now: Date.now() };
  const app = createApp({
    store,
    config,
    metrics,
    log: (entry) => logs.push(entry),
    now: () => clock.now,
    viewer: {
      'index.html': '<!doctype html><title>viewer</title>',
      'viewer.js': 'export {};',
      'viewer.css': 'body{}',
    },
  });
  return {
    app,
    store,
    config,
    metrics,
    logs,
    clock,
    async cleanup() {
      await inner.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A syntactically valid v1 payload of `size` plaintext bytes (content is irrelevant to the server). */
export function fakePayload(size = 16): string {
  const bytes = new Uint8Array(1 + 12 + size + 16);
  bytes[0] = 1;
  for (let i = 1; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
  return Buffer.from(bytes).toString('base64url');
}

export function postJson(
  app: Hono,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
