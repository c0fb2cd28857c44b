import { z } from 'zod';
import type { RuleWords } from './rule-info';
import type { Settings } from './settings';
import { settingsSchema } from './settings/schema';

/** A single secret is a token or a key block; anything larger is not one credential. */
export const MAX_SECRET_LENGTH = 32 * 1024;
/** More secrets than this in one paste is a dump, not a message: the user should not share it. */
export const MAX_SECRETS_PER_SHARE = 20;

/** Long enough for any passphrase a person types; bounded so the key derivation stays cheap. */
export const MAX_PASSPHRASE_LENGTH = 1024;

const ruleIds = z.array(z.string().max(100)).max(200);
const linkId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/**
 * Runtime shapes of every message that crosses the content-script ↔ background boundary. Types
 * alone do not stop a compromised page context from sending junk, so the receiver parses each
 * message with these before acting on it.
 */
export const messageSchema = z.discriminatedUnion('type', [
  // --- guard (content script → background)
  z.strictObject({ type: z.literal('guard.ready') }),
  // `exact` waits for the managed policy however long its first read takes.
  z.strictObject({ type: z.literal('settings.guard'), exact: z.boolean().optional() }),
  z.strictObject({ type: z.literal('rules.describe'), ruleIds }),
  // The first-run page, where a link server is chosen: a content script cannot open it itself.
  z.strictObject({ type: z.literal('setup.open') }),
  z.strictObject({
    type: z.literal('share.create'),
    secrets: z.array(z.string().min(1).max(MAX_SECRET_LENGTH)).min(1).max(MAX_SECRETS_PER_SHARE),
  }),
  // --- popup and options page (extension pages only)
  z.strictObject({
    type: z.literal('share.createOne'),
    secret: z.string().min(1).max(MAX_SECRET_LENGTH),
    // The same bounds as the link defaults a user can set.
    expiresIn: settingsSchema.shape.share.shape.expiresIn,
    views: settingsSchema.shape.share.shape.views,
    passphrase: z.string().min(1).max(MAX_PASSPHRASE_LENGTH).optional(),
  }),
  z.strictObject({ type: z.literal('links.list') }),
  // The page that opens a received link claims it by the token in its address.
  z.strictObject({
    type: z.literal('received.claim'),
    token: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  }),
  z.strictObject({ type: z.literal('links.status'), id: linkId }),
  z.strictObject({ type: z.literal('links.revoke'), id: linkId }),
  z.strictObject({ type: z.literal('history.list'), limit: z.int().min(1).max(5000).optional() }),
  z.strictObject({ type: z.literal('history.clear') }),
  z.strictObject({
    type: z.literal('history.record'),
    action: z.enum(['converted', 'pasted-anyway', 'sent-anyway', 'cancelled']),
    trigger: z.enum(['paste', 'drop', 'send']),
    ruleIds,
  }),
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];

/**
 * Why a share failed, in words the dialog can show; never the secret or the server's body.
 * `not-allowed`: the user has not granted the server's origin (the reply names it);
 * `no-server`: no link server has been chosen yet.
 */
export type ShareFailure = 'unreachable' | 'refused' | 'not-allowed' | 'no-server';

/** A failed share: `origin` is set for `not-allowed`, so the message can name the server. */
export interface ShareFailed<Reason extends string = ShareFailure> {
  ok: false;
  reason: Reason;
  origin?: string;
}

/** A link made here, as pages see it: never the manage token, never the key. */
export interface LinkSummary {
  id: string;
  server: string;
  createdAt: number;
  expiresAt: number;
  views?: number;
  revoked?: boolean;
}

/** What a link's sender can know: waiting to be opened, opened, expired, revoked, or unreachable. */
export type LinkState = 'waiting' | 'viewed' | 'expired' | 'revoked' | 'unknown';

export interface DecisionRecord {
  time: number;
  site: string;
  ruleIds: string[];
  action: 'converted' | 'pasted-anyway' | 'sent-anyway' | 'cancelled';
  trigger: 'paste' | 'drop' | 'send';
}

/** What the receiver of each message answers. */
export interface Replies {
  'guard.ready': { ok: true };
  /** The effective settings, validated and merged with the policy by the background. */
  'settings.guard': { ok: true; settings: Settings };
  /** Title and rotation page of each known built-in rule named. */
  'rules.describe': { ok: true; rules: Record<string, RuleWords> };
  'setup.open': { ok: true };
  'share.create': { ok: true; links: string[] } | ShareFailed;
  'share.createOne':
    | { ok: true; link: string; expiresAt: number }
    | ShareFailed<ShareFailure | 'passphrase-required' | 'one-view-only'>;
  'links.list': { ok: true; links: LinkSummary[] };
  'received.claim': { ok: true; link?: string };
  'links.status': { ok: true; state: LinkState; viewsLeft?: number };
  'links.revoke': { ok: true; state: LinkState } | { ok: false; reason: ShareFailure };
  'history.list': { ok: true; decisions: DecisionRecord[] };
  'history.clear': { ok: true };
  'history.record': { ok: true };
}
