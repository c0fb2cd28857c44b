import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Metrics } from '../metrics';

/** One access-log line. Only the route pattern is recorded, never the concrete path. */
export interface AccessLogEntry {
  method: string;
  route: string;
  status: number;
  ms: number;
}

/** Counts every request in `metrics` and hands a redacted entry to `log` when given. */
export function accessLog(
  metrics: Metrics,
  log?: (entry: AccessLogEntry) => void,
): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    // The last matched route is the handler's pattern; a wildcard means only middleware matched.
    const matched = routePath(c, -1);
    const route = matched && !matched.endsWith('*') ? matched : 'unmatched';
    metrics.request(c.req.method, route, c.res.status);
    log?.({
      method: c.req.method,
      route,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 100) / 100,
    });
  };
}
