/**
 * The one interface the share path, popup and history know: create, status and revoke on a link
 * server, whichever kind it is (opening a received link, for a recipient, is `received-link.ts`:
 * it starts from the link, not from the configured server). The kind is read from the server itself (and cached), so a URL
 * that came by policy, import or sync works like one typed in.
 */
import {
  createPrivateBinLink,
  privateBinExpireOptions,
  revokePrivateBinLink,
} from './privatebin-client';
import { probeServer, type ServerKind } from './server-kind';
import {
  apiBase,
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

export interface LinkServer {
  kind: Exclude<ServerKind, 'unknown'>;
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
 * Asks the server what it is (`probeServer`, the welcome page's check too), then, for PrivateBin,
 * which expiry times it offers. Throws a ShareError when neither kind answers: `network` when
 * nothing answered at all.
 */
export async function detectLinkServer(options: ServerOptions): Promise<LinkServer> {
  const { fetch, signal } = options;
  const probe = await probeServer(apiBase(options), { fetch, signal });
  if (signal?.aborted) throw signal.reason;
  if (probe.kind === 'keywarden') return keywarden;
  const expire = probe.kind === 'privatebin' && (await privateBinExpireOptions(options));
  if (expire) return privateBin(expire);
  throw new ShareError(probe.answered ? 'not-link-server' : 'unreachable');
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
