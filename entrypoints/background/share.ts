import { rememberLink } from '@/lib/history';
import type { Replies, ShareFailed } from '@/lib/message-schemas';
import { hasServerAccess, serverOrigin } from '@/lib/server-access';
import { loadShareTarget, type ShareTarget } from '@/lib/settings/store';
import { linkServerFor } from '@/lib/link-server';
import { ShareError } from '@/lib/share-client';

/**
 * The server to share to, once the user has granted its origin (or it is on this machine). A
 * server the administrator's policy sets is their consent; it is tried without a grant, and the
 * server's own CORS answer decides whether the browser lets the request through.
 */
async function consentedTarget(): Promise<ShareTarget | ShareFailed> {
  const target = await loadShareTarget();
  const { serverUrl } = target.settings;
  if (serverUrl === '') return { ok: false, reason: 'no-server' };
  if (target.byPolicy || (await hasServerAccess(serverUrl))) return target;
  return { ok: false, reason: 'not-allowed', origin: serverOrigin(serverUrl) ?? serverUrl };
}

function failed(error: unknown): ShareFailed {
  // A URL where neither kind of link server answers is, to the user, one that could not be reached.
  const unreachable =
    error instanceof ShareError && (error.code === 'network' || error.code === 'invalid-server');
  return { ok: false, reason: unreachable ? 'unreachable' : 'refused' };
}

/**
 * Encrypts each secret here, in the extension, and stores only ciphertext on the configured
 * server. All links are made before any is returned, so a half-failed share inserts nothing.
 */
export async function shareSecrets(secrets: readonly string[]): Promise<Replies['share.create']> {
  const target = await consentedTarget();
  if ('ok' in target) return target;
  const { settings, createToken } = target;
  const { expiresIn } = settings.share;
  try {
    const server = await linkServerFor({ server: settings.serverUrl });
    // PrivateBin burns on first read: the dialog makes its links for one view, which is stricter
    // than any default and leaves the user with a link rather than a refusal.
    const views = server.kind === 'privatebin' ? 1 : settings.share.views;
    const created = [];
    for (const secret of secrets) {
      created.push(
        await server.create(secret, { server: settings.serverUrl, expiresIn, views, createToken }),
      );
    }
    const now = Date.now();
    await Promise.all(
      created.map((link) =>
        rememberLink({
          id: link.id,
          server: settings.serverUrl,
          manageToken: link.manageToken,
          createdAt: now,
          expiresAt: Date.parse(link.expiresAt),
          views,
        }),
      ),
    );
    return { ok: true, links: created.map((link) => link.url) };
  } catch (error) {
    return failed(error);
  }
}

export interface ShareOneOptions {
  expiresIn: number;
  views: number;
  passphrase?: string;
}

/** The popup's "Share a secret": one secret, with the expiry, views and passphrase it chose. */
export async function shareOne(
  secret: string,
  options: ShareOneOptions,
): Promise<Replies['share.createOne']> {
  const target = await consentedTarget();
  if ('ok' in target) return target;
  const { settings, createToken } = target;
  if (settings.share.requirePassphrase && !options.passphrase) {
    return { ok: false, reason: 'passphrase-required' };
  }
  try {
    const server = await linkServerFor({ server: settings.serverUrl });
    if (server.kind === 'privatebin' && options.views !== 1) {
      return { ok: false, reason: 'one-view-only' };
    }
    const link = await server.create(secret, {
      server: settings.serverUrl,
      createToken,
      ...options,
    });
    const expiresAt = Date.parse(link.expiresAt);
    await rememberLink({
      id: link.id,
      server: settings.serverUrl,
      manageToken: link.manageToken,
      createdAt: Date.now(),
      expiresAt,
      views: options.views,
    });
    return { ok: true, link: link.url, expiresAt };
  } catch (error) {
    return failed(error);
  }
}
