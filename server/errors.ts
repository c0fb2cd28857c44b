import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Machine-readable error codes the API answers with. */
export type ErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'payload_too_large'
  | 'unauthorized'
  | 'not_found'
  | 'rate_limited'
  | 'internal';

/** Sends `{error: {code, message}}`. Messages are fixed text: never ids, payloads or tokens. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
): Response {
  return c.json({ error: { code, message } }, status);
}
