import { Hono } from 'hono';
import { limiterKey } from './address';
import type { ServerConfig } from './config';
import { apiError, storeUnavailable } from './errors';
import { Metrics } from './metrics';
import { accessLog, type AccessLogEntry } from './middleware/access-log';
import { corsPreflight } from './middleware/cors';
import { metricsAccess } from './middleware/metrics-access';
import { rateLimit } from './middleware/rate-limit';
import { securityHeaders } from './middleware/security-headers';
import { clientAddress } from './peer';
import { healthRoutes } from './routes/health';
import { secretRoutes } from './routes/secrets';
import { viewerRoutes } from './routes/viewer';
import { StoreUnavailableError, type SecretStore } from './store/secret-store';
import type { ViewerBundle } from './viewer/build';

export interface AppDeps {
  store: SecretStore;
  config: ServerConfig;
  viewer: ViewerBundle;
  metrics?: Metrics;
  log?: (entry: AccessLogEntry) => void;
  now?: () => number;
}

/** Builds the Hono app (API, viewer, health). Never listens; see main.ts. */
export function createApp(deps: AppDeps): Hono {
  const metrics = deps.metrics ?? new Metrics();
  const now = deps.now ?? Date.now;
  const { config, store } = deps;
  const app = new Hono();

  app.use('*', securityHeaders());
  app.use('*', accessLog(metrics, deps.log));
  app.use('/api/*', corsPreflight());
  app.use(
    '/api/*',
    rateLimit({
      perMinute: config.rateLimitPerMinute,
      burst: config.rateLimitBurst,
      clientKey: (c) => limiterKey(clientAddress(c, config.trustProxy)),
      metrics,
      now,
    }),
  );

  app.use('/metrics', metricsAccess(config.metricsToken));
  app.route('/api/secrets', secretRoutes({ store, config, metrics, now }));
  app.route('/', healthRoutes(store, metrics));
  app.route('/', viewerRoutes(deps.viewer));

  app.notFound((c) => apiError(c, 404, 'not_found', 'Not found.'));
  app.onError((error, c) => {
    if (error instanceof StoreUnavailableError) return storeUnavailable(c);
    // Only the error's class name: messages from drivers could quote data.
    console.error(JSON.stringify({ level: 'error', error: error.name }));
    return apiError(c, 500, 'internal', 'Internal server error.');
  });
  return app;
}
