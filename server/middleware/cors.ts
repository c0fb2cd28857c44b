import type { MiddlewareHandler } from 'hono';
import { isCorsPath, respond } from '../respond';

const PREFLIGHT = {
  'Access-Control-Allow-Methods': 'GET,POST,DELETE,OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type,Authorization',
  'Access-Control-Max-Age': '600',
};

/**
 * Answers CORS preflights. The headers on actual responses come from `respond`; Hono's `cors()`
 * touched `c.res` before every handler, which made Hono copy each response.
 */
export function corsPreflight(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'OPTIONS') return next();
    // Without Access-Control-* headers the browser fails the preflight, as it should for reveal.
    return respond(c, 204, null, undefined, isCorsPath(c.req.path) ? PREFLIGHT : undefined);
  };
}
