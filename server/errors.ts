import type { Context } from 'hono';
import { respondJson } from './respond';

/** Machine-readable error codes the API answers with. */
export type ErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'payload_too_large'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'storage_full'
  | 'unavailable'
  | 'internal';

/** Sends `{error: {code, message}}`. Messages are fixed text: never ids, payloads or tokens. */
export function apiError(
  c: Context,
  status: number,
  code: ErrorCode,
  message: string,
  extraHeaders?: Record<string, string>,
): Response {
  return respondJson(c, status, { error: { code, message } }, extraHeaders);
}

/**
 * 503 for a StoreUnavailableError: nothing was handed out or kept (a reveal gave its view back),
 * so the same request may be sent again, and usually succeeds once the store has failed over.
 */
export function storeUnavailable(c: Context, extraHeaders?: Record<string, string>): Response {
  return apiError(c, 503, 'unavailable', 'The store is failing over. Try again in a moment.', {
    'Retry-After': '1',
    ...extraHeaders,
  });
}
