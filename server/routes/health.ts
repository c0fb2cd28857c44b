import { Hono } from 'hono';
import type { Metrics } from '../metrics';
import { respond, respondJson } from '../respond';
import type { SecretStore } from '../store/secret-store';

/** GET /healthz (store reachable) and GET /metrics (Prometheus text, counts only). */
export function healthRoutes(store: SecretStore, metrics: Metrics): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    try {
      await store.ping();
      return respondJson(c, 200, { status: 'ok', store: store.kind });
    } catch {
      return respondJson(c, 503, { status: 'unavailable', store: store.kind });
    }
  });
  app.get('/metrics', (c) =>
    respond(c, 200, metrics.render(), 'text/plain; version=0.0.4; charset=utf-8'),
  );
  return app;
}
