import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { Message, MessageType, Replies } from './message-schemas';

export type { Message, MessageType, Replies };

/** Who sent a message, decided from what the browser vouches for, never from the payload. */
export type SenderKind = 'content-script' | 'extension-page';

interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Only this extension's own contexts may talk to the background. Extension pages (popup,
 * options) are privileged; content scripts live in pages we do not trust and get less.
 */
export function classifySender(
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | undefined {
  if (sender.id !== extensionId) return undefined;
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined) return 'content-script';
  return undefined;
}

/**
 * What to tell the user when a share fails with `not-allowed`. Here rather than beside the
 * schemas, so the content script can use it without bundling the validator.
 */
export const notAllowedText = (origin: string) => i18n.t('share.notAllowed', [origin]);

/** Typed `runtime.sendMessage`: the reply type follows the message type. */
export async function sendMessage<T extends MessageType>(
  message: Extract<Message, { type: T }>,
): Promise<Replies[T]> {
  return (await browser.runtime.sendMessage(message)) as Replies[T];
}
