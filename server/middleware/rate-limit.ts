import type { Context, MiddlewareHandler } from 'hono';
import { apiError } from '../errors';
import type { Metrics } from '../metrics';

interface Bucket {
  tokens: number;
  updated: number;
}

export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  clientKey: (c: Context) => string;
  metrics?: Metrics;
  now?: () => number;
  /** Upper bound on tracked clients, so a flood of addresses cannot grow memory without end. */
  maxClients?: number;
}

/**
 * Token bucket per client key (an IPv4 address or an IPv6 /64, see `limiterKey`), held in this
 * process's memory. Several processes behind a load balancer each keep their own buckets, so the
 * effective limit is per process.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const buckets = new Map<string, Bucket>();
  const now = options.now ?? Date.now;
  const perMs = options.perMinute / 60_000;
  const maxClients = options.maxClients ?? 100_000;

  return async (c, next) => {
    if (options.perMinute === 0 || c.req.method === 'OPTIONS') return next();
    const key = options.clientKey(c);
    const t = now();
    let bucket = buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(options.burst, bucket.tokens + (t - bucket.updated) * perMs);
      bucket.updated = t;
      // Re-insert so Map order stays least-recently-used first for eviction.
      buckets.delete(key);
    } else {
      bucket = { tokens: options.burst, updated: t };
      while (buckets.size >= maxClients) {
        const oldest = buckets.keys().next();
        if (oldest.done) break;
        buckets.delete(oldest.value);
      }
    }
    buckets.set(key, bucket);
    if (bucket.tokens < 1) {
      options.metrics?.count('rate_limited');
      const retryAfter = String(Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)));
      return apiError(c, 429, 'rate_limited', 'Too many requests. Try again later.', {
        'Retry-After': retryAfter,
      });
    }
    bucket.tokens -= 1;
    return next();
  };
}
