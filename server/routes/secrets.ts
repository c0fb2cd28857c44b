import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { FORMAT_VERSION, PAYLOAD_OVERHEAD } from '../../lib/link-crypto';
import { bearerCheck } from '../bearer';
import type { ServerConfig } from '../config';
import { apiError, storeUnavailable } from '../errors';
import { readBodyText } from '../read-body';
import { respond, respondJson } from '../respond';
import type { Metrics } from '../metrics';
import { randomBase64url } from '../random';
import { StoreUnavailableError, type SecretStore } from '../store/secret-store';

export interface SecretRoutesDeps {
  store: SecretStore;
  config: ServerConfig;
  metrics: Metrics;
  now: () => number;
}

// 16 random bytes: 128 bits, 22 base64url characters.
const ID_BYTES = 16;
const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
const TOKEN_PATTERN = /^Bearer ([A-Za-z0-9_-]{43})$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
// Chrome's ids are 32 letters a–p; Firefox's moz-extension hosts are per-install UUIDs.
const EXTENSION_ORIGIN = /^(?:chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f-]{36})$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Byte length of a v1 payload in base64url, or -1 when it is not one. Only the first bytes are
 * decoded: the server never needs the ciphertext itself, and decoding it all cost ~5 % of a create.
 */
function payloadBytes(payload: string): number {
  const tail = payload.length % 4;
  if (tail === 1 || !BASE64URL.test(payload)) return -1;
  // Canonical encoding only, as lib/link-crypto decodes it: the unused low bits must be zero.
  const last = ALPHABET.indexOf(payload.charAt(payload.length - 1));
  if ((tail === 2 && (last & 0xf) !== 0) || (tail === 3 && (last & 0x3) !== 0)) return -1;
  const bytes = Math.floor((payload.length * 3) / 4);
  if (bytes < PAYLOAD_OVERHEAD) return -1;
  return Buffer.from(payload.slice(0, 4), 'base64url')[0] === FORMAT_VERSION ? bytes : -1;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function describeIssues(error: z.ZodError): string {
  // Zod's own messages name the rule broken, never the value received.
  const parts = error.issues.slice(0, 5).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'body';
    return `${field}: ${issue.message}`;
  });
  return `Invalid request. ${parts.join('; ')}`;
}

/** POST /, POST /:id/reveal, GET /:id, DELETE /:id — mounted at /api/secrets. */
export function secretRoutes(deps: SecretRoutesDeps): Hono {
  const { store, config, metrics, now } = deps;
  const maxPayloadChars = Math.ceil(((config.maxPayloadBytes + PAYLOAD_OVERHEAD) * 4) / 3);
  const createSchema = z.object({
    payload: z.string().min(1),
    expiresIn: z
      .int()
      .min(config.expiryMinSeconds)
      .max(config.expiryMaxSeconds)
      .default(config.expiryDefaultSeconds),
    views: z.int().min(1).max(config.maxViews).default(1),
    passphrase: z
      .object({ salt: z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'expected 16 bytes, base64url') })
      .optional(),
  });

  const app = new Hono();

  const tooLarge = (c: Parameters<typeof apiError>[0]) =>
    apiError(
      c,
      413,
      'payload_too_large',
      `The secret is larger than the limit of ${config.maxPayloadBytes} bytes.`,
    );

  const createAllowed = bearerCheck(config.createToken);
  app.post('/', async (c) => {
    // Before the body is read: a server for one team spends nothing on strangers' uploads.
    if (config.createToken && !createAllowed(c.req.header('Authorization'))) {
      return apiError(
        c,
        401,
        'unauthorized',
        'This server takes links only from its own users: send its create token as "Authorization: Bearer …".',
        { 'WWW-Authenticate': 'Bearer' },
      );
    }
    // Room for the JSON around the largest payload; the exact payload check follows.
    const text = await readBodyText(c, maxPayloadChars + 4096);
    if (text === null) return tooLarge(c);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return apiError(c, 400, 'invalid_json', 'The request body is not valid JSON.');
    }
    const parsed = createSchema.safeParse(body);
    if (!parsed.success) return apiError(c, 400, 'invalid_request', describeIssues(parsed.error));
    const input = parsed.data;
    if (input.payload.length > maxPayloadChars) return tooLarge(c);
    const bytes = payloadBytes(input.payload);
    if (bytes < 0) {
      return apiError(
        c,
        400,
        'invalid_request',
        'Invalid request. payload: expected base64url of a version 1 encrypted payload',
      );
    }
    if (bytes - PAYLOAD_OVERHEAD > config.maxPayloadBytes) return tooLarge(c);
    const manageToken = randomBase64url(32);
    const manageTokenHash = hashToken(manageToken);
    const expiresAt = now() + input.expiresIn * 1000;
    // A 128-bit collision is practically impossible; the retry only keeps the store honest.
    for (let attempt = 0; attempt < 3; attempt++) {
      const id = randomBase64url(ID_BYTES);
      const outcome = await store.create(
        {
          id,
          payload: input.payload,
          passphraseSalt: input.passphrase?.salt ?? null,
          views: input.views,
          expiresAt,
          manageTokenHash,
        },
        now(),
      );
      if (outcome === 'full') {
        metrics.count('refused_full');
        return apiError(c, 507, 'storage_full', 'This server is full. Try again later.');
      }
      if (outcome === 'created') {
        metrics.count('created');
        return respondJson(c, 201, {
          id,
          expiresAt: new Date(expiresAt).toISOString(),
          manageToken,
        });
      }
    }
    throw new Error('could not allocate a unique id');
  });

  app.post('/:id/reveal', async (c) => {
    // No CORS keeps other sites from reading a reveal, but a plain form POST from one still
    // consumes it; browsers label such requests, and the viewer's own is same-origin. The one
    // other reader is Keywarden's own page ("Open in Keywarden"): browsers set `Origin`, and no
    // web page can claim an extension's.
    const origin = c.req.header('Origin') ?? '';
    const extension = EXTENSION_ORIGIN.test(origin)
      ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
      : undefined;
    const site = c.req.header('Sec-Fetch-Site');
    if (!extension && (site === 'cross-site' || site === 'same-site')) {
      return apiError(c, 403, 'forbidden', 'Secrets are revealed only from their viewer page.');
    }
    const id = c.req.param('id');
    let found;
    try {
      found = ID_PATTERN.test(id) ? await store.reveal(id, now()) : null;
    } catch (error) {
      // Answered here rather than by app.onError, so that Keywarden's own page can read it too.
      if (error instanceof StoreUnavailableError) return storeUnavailable(c, extension);
      throw error;
    }
    if (!found) return gone(c, extension);
    metrics.count('revealed');
    return respondJson(
      c,
      200,
      {
        payload: found.payload,
        ...(found.passphraseSalt ? { passphrase: { salt: found.passphraseSalt } } : {}),
        viewsLeft: found.viewsLeft,
      },
      extension,
    );
  });

  app.get('/:id', async (c) => {
    const token = TOKEN_PATTERN.exec(c.req.header('Authorization') ?? '')?.[1];
    if (!token) return unauthorized(c);
    const id = c.req.param('id');
    const status = ID_PATTERN.test(id) ? await store.status(id, hashToken(token), now()) : null;
    if (!status) return gone(c);
    return respondJson(c, 200, {
      viewsLeft: status.viewsLeft,
      expiresAt: new Date(status.expiresAt).toISOString(),
    });
  });

  app.delete('/:id', async (c) => {
    const token = TOKEN_PATTERN.exec(c.req.header('Authorization') ?? '')?.[1];
    if (!token) return unauthorized(c);
    const id = c.req.param('id');
    const revoked = ID_PATTERN.test(id) ? await store.revoke(id, hashToken(token), now()) : false;
    if (!revoked) return gone(c);
    metrics.count('revoked');
    return respond(c, 204, null);
  });

  return app;
}

function gone(c: Parameters<typeof apiError>[0], headers?: Record<string, string>): Response {
  return apiError(
    c,
    404,
    'not_found',
    'This secret does not exist: it was already viewed, it expired, or it was revoked.',
    headers,
  );
}

function unauthorized(c: Parameters<typeof apiError>[0]): Response {
  return apiError(c, 401, 'unauthorized', 'Send the manage token as "Authorization: Bearer …".', {
    'WWW-Authenticate': 'Bearer',
  });
}
