/**
 * The one interface the share path, popup and history know: create, status and revoke on a link
 * server, whichever kind it is. The kind is read from the server itself (and cached), so a URL
 * that came by policy, import or sync works like one typed in.
 */
import {
  createPrivateBinLink,
  privateBinExpireOptions,
  revokePrivateBinLink,
} from './privatebin-client';
import {
  apiBase,
  call,
  createLink,
  linkStatus,
  revokeLink,
  ShareError,
  type CreatedLink,
  type CreateLinkOptions,
  type LinkStatus,
  type ManageOptions,
  type ServerOptions,
} from './share-client';

export type ServerKind = 'keywarden' | 'privatebin';

export interface LinkServer {
  kind: ServerKind;
  create(secret: string, options: CreateLinkOptions): Promise<CreatedLink>;
  /** Null when the link is gone; `'unknown'` when the server cannot tell without burning it. */
  status(options: ManageOptions): Promise<LinkStatus | null | 'unknown'>;
  /** True when deleted now, false when it was already gone. */
  revoke(options: ManageOptions): Promise<boolean>;
}

const keywarden: LinkServer = {
  kind: 'keywarden',
  create: createLink,
  status: linkStatus,
  revoke: revokeLink,
};

function privateBin(expireOptions: string[]): LinkServer {
  return {
    kind: 'privatebin',
    create: (secret, options) => createPrivateBinLink(secret, { ...options, expireOptions }),
    // Reading a burn-after-reading paste is what burns it: PrivateBin has no way to peek.
    status: () => Promise.resolve('unknown'),
    revoke: revokePrivateBinLink,
  };
}

/**
 * Asks the server what it is. Keywarden's API answers an unauthenticated status call with its
 * JSON error (and CORS, which `/healthz` lacks); PrivateBin publishes its expire options as
 * JSON-LD. Both are asked at once: each kind answers the other's path with a page that carries no
 * CORS header, which a browser reports as a network error. Throws a ShareError when neither
 * answers: `network` when nothing answered at all.
 */
export async function detectLinkServer(options: ServerOptions): Promise<LinkServer> {
  const [probe, expire] = await Promise.allSettled([
    call(options, '/api/secrets/kw-detect', { method: 'GET' }),
    privateBinExpireOptions(options),
  ]);
  if (probe.status === 'fulfilled') {
    const { status, body } = probe.value;
    const error = (body as { error?: { code?: unknown } } | undefined)?.error;
    if (status >= 400 && status < 500 && typeof error?.code === 'string') return keywarden;
  }
  if (expire.status === 'fulfilled' && expire.value) return privateBin(expire.value);
  const aborted = [probe, expire].find(
    (r) => r.status === 'rejected' && (r.reason as Error)?.name === 'AbortError',
  );
  if (aborted?.status === 'rejected') throw aborted.reason;
  const unreachable = [probe, expire].every(
    (r) => r.status === 'rejected' && r.reason instanceof ShareError && r.reason.code === 'network',
  );
  throw unreachable
    ? new ShareError('network', 'The server could not be reached.')
    : new ShareError(
        'invalid-server',
        'Neither a Keywarden server nor a PrivateBin instance answers at this address.',
      );
}

// A failed detection is not cached: the server may be starting, or the user may fix the URL.
const detected = new Map<string, Promise<LinkServer>>();

/** The link server at `options.server`, detected once per address while this context lives. */
export function linkServerFor(options: ServerOptions): Promise<LinkServer> {
  const key = apiBase(options);
  let found = detected.get(key);
  if (!found) {
    found = detectLinkServer(options);
    detected.set(key, found);
    found.catch(() => detected.delete(key));
  }
  return found;
}

/** Forgets what was detected (the options page's "test connection" asks afresh). */
export function forgetLinkServer(server?: string): void {
  if (server === undefined) detected.clear();
  else detected.delete(apiBase({ server }));
}
