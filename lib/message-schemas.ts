import { z } from 'zod';

/**
 * Runtime shapes of every message that crosses the content-script ↔ background boundary. Types
 * alone do not stop a hostile page from talking to a compromised content script, so the receiver
 * parses each message with these before acting on it.
 */
export const messageSchema = z.discriminatedUnion('type', [
  // --- guard (content script → background)
  z.strictObject({ type: z.literal('guard.ready') }),
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];

/** What the receiver of each message answers. */
export interface Replies {
  'guard.ready': { ok: true };
}
