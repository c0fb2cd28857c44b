import { LinkCryptoError, openSecret } from './link-crypto';
import { OpenError, type TakeFailure, type TakeResult } from './received-secret';

/** What a Keywarden server's reveal endpoint answered, reduced to what a reader needs. */
export type RevealResult =
  | { kind: 'ok'; payload: string; salt: string | undefined; viewsLeft: number }
  | { kind: 'gone' }
  | { kind: 'error'; reason: TakeFailure };

const ID_SAFE = /^[A-Za-z0-9_-]{22,64}$/;

/**
 * POSTs the reveal for `id` to the server at `base` ('' for the viewer page, whose relative URL
 * also works under a path prefix; the server's base URL for the extension's own page). The answer
 * is checked field by field: neither page trusts a proxy, or a server, that rewrites bodies.
 */
export async function revealKeywardenSecret(id: string, base = ''): Promise<RevealResult> {
  if (!ID_SAFE.test(id)) return { kind: 'gone' };
  let response: Response;
  try {
    const prefix = base === '' || base.endsWith('/') ? base : `${base}/`;
    response = await fetch(`${prefix}api/secrets/${id}/reveal`, {
      method: 'POST',
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return { kind: 'error', reason: 'unreachable' };
  }
  if (response.status === 404) return { kind: 'gone' };
  if (response.status === 429) {
    return { kind: 'error', reason: 'rate-limited' };
  }
  if (!response.ok) {
    return { kind: 'error', reason: 'server-error' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (typeof body !== 'object' || body === null) {
    return { kind: 'error', reason: 'unexpected' };
  }
  const { payload, passphrase, viewsLeft } = body as Record<string, unknown>;
  const salt =
    typeof passphrase === 'object' && passphrase !== null
      ? (passphrase as Record<string, unknown>).salt
      : undefined;
  if (typeof payload !== 'string' || (salt !== undefined && typeof salt !== 'string')) {
    return { kind: 'error', reason: 'unexpected' };
  }
  return {
    kind: 'ok',
    payload,
    salt,
    viewsLeft: typeof viewsLeft === 'number' && viewsLeft >= 0 ? viewsLeft : 0,
  };
}

/**
 * Reveals a Keywarden link's secret (this consumes a view) and holds its payload for decryption
 * with the link's key; a wrong passphrase can be tried again without another view.
 */
export async function takeKeywardenSecret(
  link: { id: string; key: string },
  base = '',
): Promise<TakeResult> {
  const result = await revealKeywardenSecret(link.id, base);
  if (result.kind !== 'ok') return result;
  const { payload, salt, viewsLeft } = result;
  return {
    kind: 'held',
    secret: {
      passphrase: salt === undefined ? 'none' : 'required',
      viewsLeft,
      async open(passphrase) {
        try {
          const text = await openSecret(payload, link.key, salt ? { passphrase, salt } : {});
          return { text, files: [] };
        } catch (error) {
          const wrong =
            salt !== undefined &&
            error instanceof LinkCryptoError &&
            (error.code === 'decrypt-failed' || error.code === 'passphrase-required');
          throw new OpenError(wrong ? 'wrong-passphrase' : 'broken');
        }
      },
    },
  };
}
