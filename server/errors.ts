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
