import { rememberLink } from '@/lib/history';
import type { Replies } from '@/lib/message-schemas';
import { loadSettings } from '@/lib/settings';
import { createLink, ShareError } from '@/lib/share-client';

/**
 * Encrypts each secret here, in the extension, and stores only ciphertext on the configured
 * server. All links are made before any is returned, so a half-failed share inserts nothing.
 */
export async function shareSecrets(secrets: readonly string[]): Promise<Replies['share.create']> {
  const settings = await loadSettings();
  const { expiresIn, views } = settings.share;
  try {
    const created = [];
    for (const secret of secrets) {
      created.push(await createLink(secret, { server: settings.serverUrl, expiresIn, views }));
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
    if (error instanceof ShareError && error.code === 'network') {
      return { ok: false, reason: 'unreachable' };
    }
    return { ok: false, reason: 'refused' };
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
  const settings = await loadSettings();
  if (settings.share.requirePassphrase && !options.passphrase) {
    return { ok: false, reason: 'passphrase-required' };
  }
  try {
    const link = await createLink(secret, { server: settings.serverUrl, ...options });
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
    if (error instanceof ShareError && error.code === 'network') {
      return { ok: false, reason: 'unreachable' };
    }
    return { ok: false, reason: 'refused' };
  }
}
