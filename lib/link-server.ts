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
 * JSON-LD. Throws a ShareError when neither answers.
 */
export async function detectLinkServer(options: ServerOptions): Promise<LinkServer> {
  // Another kind of server may answer this path with a large page: that only means "not us".
  const probe = await call(options, '/api/secrets/kw-detect', { method: 'GET' }).catch(
    (e: unknown) => {
      if (e instanceof ShareError && e.code === 'bad-response') return undefined;
      throw e;
    },
  );
  const error = (probe?.body as { error?: { code?: unknown } } | undefined)?.error;
  if (probe && probe.status >= 400 && probe.status < 500 && typeof error?.code === 'string') {
    return keywarden;
  }
  const expireOptions = await privateBinExpireOptions(options);
  if (expireOptions) return privateBin(expireOptions);
  throw new ShareError(
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
