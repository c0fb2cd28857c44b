import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** The socket's remote address; undefined without a socket (app.request() in tests). */
export function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** The client's address for rate limiting: the socket peer, or the proxy's word for it. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    // The last hop is the one our own proxy appended; earlier ones are client-controlled.
    const hops = (c.req.header('X-Forwarded-For') ?? '').split(',');
    const last = hops[hops.length - 1]?.trim();
    if (last) return last.slice(0, 64);
  }
  // Without a socket (tests), every request is the same client.
  return socketAddress(c) ?? 'local';
}
