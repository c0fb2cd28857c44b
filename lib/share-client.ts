import { z } from 'zod';
import { buildLink, createSecret } from './link-crypto';

/** Why a share call failed; stable codes the background can map to UI text. */
export type ShareErrorCode =
  | 'invalid-server'
  | 'network'
  | 'rejected'
  | 'too-large'
  | 'rate-limited'
  | 'server-error'
  | 'bad-response';

/**
 * What exactly went wrong, for the pages to word in the user's language; the English `message`
 * beside it is for logs and exceptions. Each reason belongs to one code.
 */
const REASONS = {
  'not-url': ['invalid-server', 'The server address is not a valid URL.'],
  'needs-https': ['invalid-server', 'The server address must use https.'],
  'not-link-server': [
    'invalid-server',
    'Neither a Keywarden server nor a PrivateBin instance answers at this address.',
  ],
  unreachable: ['network', 'The server could not be reached.'],
  'too-large': ['too-large', 'The secret is too large for this server.'],
  'rate-limited': ['rate-limited', 'The server is rate-limiting requests; try again shortly.'],
  'members-only': [
    'rejected',
    'The server takes links only from its own users; ask your administrator.',
  ],
  refused: ['rejected', 'The server rejected the request.'],
  'one-view-only': [
    'rejected',
    'PrivateBin opens a link once and then deletes it: choose 1 view for this server.',
  ],
  'not-deleted': ['rejected', 'The PrivateBin server did not delete the paste.'],
  full: ['server-error', 'The server is full; try again later.'],
  failed: ['server-error', 'The server had an internal error.'],
  unexpected: ['bad-response', 'The server answered with an unexpected status.'],
  malformed: ['bad-response', 'The server sent a malformed answer.'],
  oversized: ['bad-response', 'The server sent an oversized answer.'],
  'no-expiry': ['bad-response', 'The PrivateBin server offers no expiry.'],
} as const satisfies Record<string, readonly [ShareErrorCode, string]>;

export type ShareErrorReason = keyof typeof REASONS;

/** Thrown by every function here. Neither message nor detail contains the secret, key or token. */
export class ShareError extends Error {
  readonly code: ShareErrorCode;
  readonly reason: ShareErrorReason;
  readonly status: number | undefined;
  /** What the server itself said of a refusal (its own words, cut short), if anything. */
  readonly detail: string | undefined;
  constructor(reason: ShareErrorReason, status?: number, detail?: string) {
    const [code, message] = REASONS[reason];
    super(detail ? `${message} ${detail}` : message);
    this.name = 'ShareError';
    this.code = code;
    this.reason = reason;
    this.status = status;
    this.detail = detail;
  }
}

/** A server's own explanation of a refusal, on one line and cut short. */
export const serverWords = (text: string) =>
  text.replace(/\s+/g, ' ').trim().slice(0, 200) || undefined;

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface ServerOptions {
  /** Base URL of the Keywarden server, e.g. `https://share.example.org`. */
  server: string;
  fetch?: FetchLike;
  signal?: AbortSignal;
  /** What one request may take, its answer read in full (default REQUEST_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Allow plain http to a host other than loopback (the viewer page could then be tampered with). */
  allowInsecure?: boolean;
}

export interface CreateLinkOptions extends ServerOptions {
  /** Seconds until the server deletes the secret (server bounds apply; default 1 day). */
  expiresIn?: number;
  /** Views before deletion, 1–10 (default 1). */
  views?: number;
  passphrase?: string;
  /** The administrator's token for servers that take links only from their own users. */
  createToken?: string;
}

export interface CreatedLink {
  /** `<server>/s#<id>.<key>`: the only place the key exists. */
  url: string;
  id: string;
  manageToken: string;
  expiresAt: string;
}

export interface ManageOptions extends ServerOptions {
  id: string;
  manageToken: string;
}

export interface LinkStatus {
  viewsLeft: number;
  expiresAt: string;
}

// A well-behaved server answers in a few hundred bytes; anything far larger is refused unread.
const MAX_RESPONSE_BYTES = 16 * 1024;
const base64url = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/);
const isoDate = z.iso.datetime({ offset: true });

const createdSchema = z.object({
  id: base64url(22, 64),
  manageToken: base64url(32, 128),
  expiresAt: isoDate,
});
const statusSchema = z.object({ viewsLeft: z.int().min(0).max(1_000_000), expiresAt: isoDate });
const errorSchema = z.object({
  error: z.object({ code: z.string().max(64), message: z.string().max(500) }),
});

/** Loopback servers run on the user's own machine: they need no granted origin and may use http. */
export function isLoopbackHost(hostname: string): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

/** The server's base URL without a trailing slash; refuses plain http beyond loopback. */
export function apiBase(options: ServerOptions): string {
  let url: URL;
  try {
    url = new URL(options.server);
  } catch {
    throw new ShareError('not-url');
  }
  const loopback = isLoopbackHost(url.hostname);
  if (
    url.protocol !== 'https:' &&
    !(url.protocol === 'http:' && (loopback || options.allowInsecure))
  ) {
    throw new ShareError('needs-https');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * A link server's address as it is saved and probed: scheme, host and path (a PrivateBin instance
 * may live under one) without a trailing slash; plain http too, which sharing refuses beyond
 * loopback. Undefined for anything but an http(s) URL.
 */
export function serverBase(server: string): string | undefined {
  try {
    return apiBase({ server, allowInsecure: true });
  } catch {
    return undefined;
  }
}

/**
 * Reads a stream to its end, or to `maxBytes`: undefined (and the stream cancelled) when longer.
 * A hostile server's answer, or a decompressed paste, cannot grow without bound.
 */
export async function readStreamBounded(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

async function readBounded(response: Response, maxBytes: number): Promise<string> {
  const oversized = () => new ShareError('oversized', response.status);
  if (Number(response.headers.get('Content-Length') ?? '0') > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw oversized();
  }
  if (!response.body) return '';
  const bytes = await readStreamBounded(response.body, maxBytes);
  if (!bytes) throw oversized();
  return new TextDecoder().decode(bytes);
}

/**
 * A server or network that hangs (accepts the connection, then answers nothing, or stops halfway
 * through its answer) would otherwise leave the share dialog working for ever. Generous: an upload
 * of the largest secret over a slow link fits well within it.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/** `signal` (the caller's, if any) that also aborts once `ms` have passed. */
export function timeLimited(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const limit = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, limit]) : limit;
}

/**
 * One bounded JSON request: no cookies, no cache, no redirects, no referrer, and a time limit. A
 * server that does not answer within it is one that could not be reached; the caller's own abort
 * passes through as it is.
 */
export async function call(
  options: ServerOptions,
  path: string,
  init: RequestInit,
  maxResponseBytes = MAX_RESPONSE_BYTES,
): Promise<{ status: number; body: unknown }> {
  const url = apiBase(options) + path;
  const doFetch: FetchLike = options.fetch ?? ((input, i) => globalThis.fetch(input, i));
  let text: string;
  let status: number;
  try {
    const response = await doFetch(url, {
      ...init,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      signal: timeLimited(options.signal, options.timeoutMs ?? REQUEST_TIMEOUT_MS),
    });
    status = response.status;
    text = await readBounded(response, maxResponseBytes);
  } catch (error) {
    if (options.signal?.aborted || error instanceof ShareError) throw error;
    throw new ShareError('unreachable');
  }
  let body: unknown = undefined;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  return { status, body };
}

function failure(status: number, body: unknown): ShareError {
  if (status === 413) return new ShareError('too-large', status);
  if (status === 429) return new ShareError('rate-limited', status);
  if (status === 401) return new ShareError('members-only', status);
  if (status === 507) return new ShareError('full', status);
  if (status >= 400 && status < 500) {
    const parsed = errorSchema.safeParse(body);
    const detail = parsed.success ? serverWords(parsed.data.error.message) : undefined;
    return new ShareError('refused', status, detail);
  }
  if (status >= 500) return new ShareError('failed', status);
  return new ShareError('unexpected', status);
}

/**
 * Encrypts `secret` locally, uploads only the ciphertext, and returns the one-time link. The key
 * stays in the link's fragment; the manage token lets the sender check or revoke the link later.
 */
export async function createLink(secret: string, options: CreateLinkOptions): Promise<CreatedLink> {
  const base = apiBase(options);
  const sealed = await createSecret(
    secret,
    options.passphrase === undefined ? {} : { passphrase: options.passphrase },
  );
  const { status, body } = await call(options, '/api/secrets', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      // Only on create: status and revoke carry the link's own manage token instead.
      ...(options.createToken ? { Authorization: `Bearer ${options.createToken}` } : {}),
    },
    body: JSON.stringify({
      payload: sealed.payload,
      ...(options.expiresIn === undefined ? {} : { expiresIn: options.expiresIn }),
      ...(options.views === undefined ? {} : { views: options.views }),
      ...(sealed.passphraseSalt ? { passphrase: { salt: sealed.passphraseSalt } } : {}),
    }),
  });
  if (status !== 201) throw failure(status, body);
  const created = createdSchema.safeParse(body);
  if (!created.success) {
    throw new ShareError('malformed', status);
  }
  const { id, manageToken, expiresAt } = created.data;
  return { url: buildLink(base, id, sealed.key), id, manageToken, expiresAt };
}

/** Views left and expiry of a link, or null when it is gone (viewed, expired or revoked). */
export async function linkStatus(options: ManageOptions): Promise<LinkStatus | null> {
  const { status, body } = await call(options, `/api/secrets/${encodeURIComponent(options.id)}`, {
    method: 'GET',
    headers: { Authorization: `Bearer ${options.manageToken}` },
  });
  if (status === 404) return null;
  if (status !== 200) throw failure(status, body);
  const parsed = statusSchema.safeParse(body);
  if (!parsed.success) throw new ShareError('malformed', status);
  return parsed.data;
}

/** Deletes a link early. Resolves true when deleted now, false when it was already gone. */
export async function revokeLink(options: ManageOptions): Promise<boolean> {
  const { status, body } = await call(options, `/api/secrets/${encodeURIComponent(options.id)}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${options.manageToken}` },
  });
  if (status === 204 || status === 200) return true;
  if (status === 404) return false;
  throw failure(status, body);
}
