import type { MiddlewareHandler } from 'hono';
import { API_CORS_HEADERS, isComplete, isCorsPath, SECURITY_HEADERS } from '../respond';

/**
 * Safety net for responses not built by `respond` (Hono's own, e.g. HEAD): sets the hardening
 * headers, and CORS where `isCorsPath` allows it, so that every response carries them.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (isComplete(c.res)) return;
    const h = c.res.headers;
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) h.set(name, value);
    if (isCorsPath(c.req.path)) {
      for (const [name, value] of Object.entries(API_CORS_HEADERS)) h.set(name, value);
    }
  };
}
