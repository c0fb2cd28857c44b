import type { LinkState } from './message-schemas';
import type { SharedLink } from './history';
import type { LinkStatus } from './share-client';

/**
 * What the popup says about a link. The server forgets a link once it is used up, so "gone
 * before its expiry" means it was opened (or revoked elsewhere); `undefined` status means the
 * server could not be asked.
 */
export function linkState(
  link: Pick<SharedLink, 'expiresAt' | 'views' | 'revoked'>,
  status: LinkStatus | null | undefined,
  now: number,
): LinkState {
  if (link.revoked) return 'revoked';
  if (link.expiresAt <= now) return 'expired';
  if (status === undefined) return 'unknown';
  if (status === null) return 'viewed';
  return status.viewsLeft < (link.views ?? 1) ? 'viewed' : 'waiting';
}
