import { getLink, listLinks, rememberLink } from '@/lib/history';
import { linkState } from '@/lib/link-state';
import type { Replies } from '@/lib/message-schemas';
import { linkServerFor } from '@/lib/link-server';
import { ShareError } from '@/lib/share-client';

/** The recent links without their manage tokens: pages only need to show and name them. */
export async function listLinkSummaries(): Promise<Replies['links.list']> {
  const links = await listLinks();
  return {
    ok: true,
    links: links.slice(0, 50).map(({ id, server, createdAt, expiresAt, views, revoked }) => ({
      id,
      server,
      createdAt,
      expiresAt,
      ...(views === undefined ? {} : { views }),
      ...(revoked ? { revoked } : {}),
    })),
  };
}

export async function statusOf(id: string): Promise<Replies['links.status']> {
  const link = await getLink(id);
  if (!link) return { ok: true, state: 'unknown' };
  const now = Date.now();
  if (link.revoked || link.expiresAt <= now) {
    return { ok: true, state: linkState(link, undefined, now) };
  }
  try {
    const server = await linkServerFor({ server: link.server });
    const status = await server.status({ server: link.server, id, manageToken: link.manageToken });
    if (status === 'unknown') return { ok: true, state: 'unknown' };
    return {
      ok: true,
      state: linkState(link, status, now),
      ...(status ? { viewsLeft: status.viewsLeft } : {}),
    };
  } catch {
    return { ok: true, state: 'unknown' };
  }
}

export async function revoke(id: string): Promise<Replies['links.revoke']> {
  const link = await getLink(id);
  if (!link) return { ok: false, reason: 'refused' };
  try {
    const server = await linkServerFor({ server: link.server });
    await server.revoke({ server: link.server, id, manageToken: link.manageToken });
  } catch (error) {
    const unreachable = error instanceof ShareError && error.code === 'network';
    return { ok: false, reason: unreachable ? 'unreachable' : 'refused' };
  }
  await rememberLink({ ...link, revoked: true });
  return { ok: true, state: 'revoked' };
}
