import { Hono } from 'hono';
import type { Metrics } from '../metrics';
import type { SecretStore } from '../store/secret-store';

/** GET /healthz (store reachable) and GET /metrics (Prometheus text, counts only). */
export function healthRoutes(store: SecretStore, metrics: Metrics): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    try {
      await store.ping();
      return c.json({ status: 'ok', store: store.kind });
    } catch {
      return c.json({ status: 'unavailable', store: store.kind }, 503);
    }
  });
  app.get('/metrics', (c) =>
    c.text(metrics.render(), 200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' }),
  );
  return app;
}
