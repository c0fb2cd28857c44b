import { Hono, type Context } from 'hono';
import packageJson from '../../package.json' with { type: 'json' };
import type { Metrics } from '../metrics';
import { respond, respondJson } from '../respond';
import type { SecretStore } from '../store/secret-store';

/**
 * GET /healthz and GET /api/health (store reachable, its topology and whether writes are confirmed
 * by replicas, and this server's version), and GET /metrics
 * (Prometheus text, counts only). `/api/health` carries the API's CORS headers, so the extension
 * can tell a Keywarden server from anything else before the user has granted its origin.
 */
export function healthRoutes(store: SecretStore, metrics: Metrics): Hono {
  const app = new Hono();
  const health = async (c: Context) => {
    const { version } = packageJson;
    try {
      await store.ping();
      // Topology, and whether writes are confirmed by replicas right now (Redis only).
      const replication = store.replication ? await store.replication() : {};
      return respondJson(c, 200, { status: 'ok', store: store.kind, version, ...replication });
    } catch {
      return respondJson(c, 503, { status: 'unavailable', store: store.kind, version });
    }
  };
  app.get('/healthz', health);
  app.get('/api/health', health);
  app.get('/metrics', (c) =>
    respond(c, 200, metrics.render(), 'text/plain; version=0.0.4; charset=utf-8'),
  );
  return app;
}
