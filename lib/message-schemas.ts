import { z } from 'zod';

/** A single secret is a token or a key block; anything larger is not one credential. */
export const MAX_SECRET_LENGTH = 32 * 1024;
/** More secrets than this in one paste is a dump, not a message: the user should not share it. */
export const MAX_SECRETS_PER_SHARE = 20;

const ruleIds = z.array(z.string().max(100)).max(200);

/**
 * Runtime shapes of every message that crosses the content-script ↔ background boundary. Types
 * alone do not stop a compromised page context from sending junk, so the receiver parses each
 * message with these before acting on it.
 */
export const messageSchema = z.discriminatedUnion('type', [
  // --- guard (content script → background)
  z.strictObject({ type: z.literal('guard.ready') }),
  z.strictObject({
    type: z.literal('share.create'),
    secrets: z.array(z.string().min(1).max(MAX_SECRET_LENGTH)).min(1).max(MAX_SECRETS_PER_SHARE),
  }),
  z.strictObject({
    type: z.literal('history.record'),
    action: z.enum(['converted', 'pasted-anyway', 'sent-anyway', 'cancelled']),
    trigger: z.enum(['paste', 'drop', 'send']),
    ruleIds,
  }),
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];

/** Why a share failed, in words the dialog can show; never the secret or the server's body. */
export type ShareFailure = 'unreachable' | 'refused';

/** What the receiver of each message answers. */
export interface Replies {
  'guard.ready': { ok: true };
  'share.create': { ok: true; links: string[] } | { ok: false; reason: ShareFailure };
  'history.record': { ok: true };
}
