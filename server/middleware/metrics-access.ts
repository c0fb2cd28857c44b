import type { MiddlewareHandler } from 'hono';
import { isLoopback } from '../address';
import { bearerCheck } from '../bearer';
import { apiError } from '../errors';
import { socketAddress } from '../peer';

// Set by proxies (and by nothing else a local scraper would send).
const FORWARDING = ['X-Forwarded-For', 'Forwarded', 'X-Real-IP'];

/**
 * Lets a request through to /metrics when it carries METRICS_TOKEN, or when its socket peer is
 * loopback and no proxy forwarded it: a reverse proxy on the same machine also connects from
 * loopback. Never decided by X-Forwarded-For, which clients write. Others get the plain 404.
 */
export function metricsAccess(metricsToken: string | undefined): MiddlewareHandler {
  const tokenMatches = bearerCheck(metricsToken);
  return async (c, next) => {
    if (tokenMatches(c.req.header('Authorization'))) return next();
    const peer = socketAddress(c);
    const local = peer !== undefined && isLoopback(peer);
    if (local && FORWARDING.every((name) => c.req.header(name) === undefined)) return next();
    return apiError(c, 404, 'not_found', 'Not found.');
  };
}
