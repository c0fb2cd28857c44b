import type { Context } from 'hono';

// The viewer loads one script and one stylesheet from this origin and talks only to this origin.
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Hardening headers every response carries, errors included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CSP,
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Robots-Tag': 'noindex, nofollow',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
});

/** CORS for the API: open to any origin, since it takes no cookies or credentials. */
export const API_CORS_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
});

/**
 * Whether `path` answers other origins. Reveal does not: its only client is the viewer page on this
 * origin, and a page elsewhere that learned an id must not read the ciphertext.
 */
export function isCorsPath(path: string): boolean {
  return path.startsWith('/api/') && !path.endsWith('/reveal');
}

// Responses built here already carry every header, so the safety-net middleware skips them.
const complete = new WeakSet<Response>();

/** True when `res` came from `respond` and needs no headers added. */
export function isComplete(res: Response): boolean {
  return complete.has(res);
}

/**
 * Builds a response with the security headers (and CORS on /api) in one plain object.
 *
 * Hono's `c.header()` / `c.res.headers` go through WHATWG Headers, and touching `c.res` before the
 * handler makes Hono copy the handler's response; @hono/node-server writes a Response made from a
 * string and a plain header object straight to the socket instead. Together that was about a
 * quarter of a create's CPU.
 */
export function respond(
  c: Context,
  status: number,
  body: string | null,
  contentType?: string,
  extra?: Record<string, string>,
): Response {
  const headers: Record<string, string> = isCorsPath(c.req.path)
    ? { ...SECURITY_HEADERS, ...API_CORS_HEADERS }
    : { ...SECURITY_HEADERS };
  if (contentType) headers['Content-Type'] = contentType;
  if (extra) Object.assign(headers, extra);
  const res = new Response(body, { status, headers });
  complete.add(res);
  return res;
}

/** A JSON response through `respond`. */
export function respondJson(
  c: Context,
  status: number,
  value: unknown,
  extra?: Record<string, string>,
): Response {
  return respond(c, status, JSON.stringify(value), 'application/json', extra);
}
