/**
 * "Open in Keywarden": a one-time link a recipient received, opened by the extension's own code.
 * The link's server hands over only ciphertext; a server that was tampered with can withhold or
 * garble it (decryption then refuses it) but cannot serve altered decryption code, as it could to
 * its own viewer page.
 */
import { takeKeywardenSecret } from './keywarden-reveal';
import { LinkCryptoError, parseLink } from './link-crypto';
import { parsePrivateBinLink } from './privatebin-client';
import { takePrivateBinPaste } from './privatebin-read';
import type { TakeResult } from './received-secret';

export type ReceivedLink =
  | { kind: 'keywarden'; server: string; id: string; key: string }
  | { kind: 'privatebin'; server: string; id: string; key: Uint8Array };

/** Longer than any link either kind of server makes, with room for a path prefix. */
export const MAX_LINK_LENGTH = 2048;

/** Reads a Keywarden (`…/s#id.key`) or PrivateBin (`…/?id#[-]key`) link; undefined otherwise. */
export function parseReceivedLink(text: string): ReceivedLink | undefined {
  const link = text.trim();
  if (link.length > MAX_LINK_LENGTH) return undefined;
  try {
    return { kind: 'keywarden', ...parseLink(link) };
  } catch (error) {
    if (!(error instanceof LinkCryptoError)) throw error;
  }
  const paste = parsePrivateBinLink(link);
  return paste && { kind: 'privatebin', server: paste.base, id: paste.id, key: paste.key };
}

/** Takes the secret from its server: this consumes the view the link allows. */
export function takeReceivedSecret(link: ReceivedLink): Promise<TakeResult> {
  return link.kind === 'keywarden'
    ? takeKeywardenSecret(link, link.server)
    : takePrivateBinPaste(link);
}
