/** What the reveal endpoint answered, reduced to what the page needs. */
export type RevealResult =
  | { kind: 'ok'; payload: string; salt: string | undefined; viewsLeft: number }
  | { kind: 'gone' }
  | { kind: 'error'; message: string };

const ID_SAFE = /^[A-Za-z0-9_-]{22,64}$/;

/**
 * POSTs the reveal for `id`. Relative URL, so the page also works under a path prefix. The answer
 * is checked field by field: this page must not trust a proxy that rewrites bodies.
 */
export async function reveal(id: string): Promise<RevealResult> {
  if (!ID_SAFE.test(id)) return { kind: 'gone' };
  let response: Response;
  try {
    response = await fetch(`api/secrets/${id}/reveal`, {
      method: 'POST',
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return {
      kind: 'error',
      message: 'The server could not be reached. Check your connection and try again.',
    };
  }
  if (response.status === 404) return { kind: 'gone' };
  if (response.status === 429) {
    return {
      kind: 'error',
      message: 'Too many attempts from your network. Wait a minute and try again.',
    };
  }
  if (!response.ok) {
    return { kind: 'error', message: 'The server had a problem. Try again in a moment.' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (typeof body !== 'object' || body === null) {
    return { kind: 'error', message: 'The server sent an unexpected answer.' };
  }
  const { payload, passphrase, viewsLeft } = body as Record<string, unknown>;
  const salt =
    typeof passphrase === 'object' && passphrase !== null
      ? (passphrase as Record<string, unknown>).salt
      : undefined;
  if (typeof payload !== 'string' || (salt !== undefined && typeof salt !== 'string')) {
    return { kind: 'error', message: 'The server sent an unexpected answer.' };
  }
  return {
    kind: 'ok',
    payload,
    salt,
    viewsLeft: typeof viewsLeft === 'number' && viewsLeft >= 0 ? viewsLeft : 0,
  };
}
