/**
 * What an administrator may impose through `storage.managed` (Chrome enterprise policy, Firefox
 * `policies.json` → `3rdparty.Extensions`). The policy is read as untrusted input: a field that
 * does not fit is ignored on its own, the rest still applies.
 */
import { DEFAULT_SETTINGS, type Settings } from '.';
import { SITE_RULES_MAX } from './limits';
import { isRecord, SHARE_FIELDS, settingsSchema } from './schema';
import { parseSitePattern, type SiteMode, type SiteRule } from '../site-policy';

/** Fields the UI can show as locked. `share.*` lock one by one. */
export const LOCKABLE_FIELDS = [
  'serverUrl',
  'defaultMode',
  'siteRules',
  'disabledGroups',
  'minConfidence',
  'customRules',
  'share.expiresIn',
  'share.views',
  'share.requirePassphrase',
  'historyRetentionDays',
] as const;
export type LockableField = (typeof LOCKABLE_FIELDS)[number];
/** The lockable fields the policy sets as a whole; `share` is set one default at a time. */
const WHOLE_FIELDS = LOCKABLE_FIELDS.filter(
  (field): field is Exclude<LockableField, `share.${string}`> => !field.startsWith('share.'),
);

export interface EffectiveSettings {
  settings: Settings;
  locked: LockableField[];
  /** Allowed sites the policy adds; shown read-only above the user's own rules. */
  managedSites: SiteRule[];
  /** True when the policy removes "Paste anyway": every guarded site is blocked instead. */
  pasteAnywayForbidden: boolean;
  /** True when the policy gives a create token; the token itself never leaves the background. */
  createTokenSet: boolean;
}

function lockNames(raw: unknown): Set<LockableField> {
  const out = new Set<LockableField>();
  if (!Array.isArray(raw)) return out;
  for (const name of raw) {
    if (name === '*') LOCKABLE_FIELDS.forEach((field) => out.add(field));
    else if (name === 'share') {
      SHARE_FIELDS.forEach((key) => out.add(`share.${key}`));
    } else if ((LOCKABLE_FIELDS as readonly unknown[]).includes(name)) {
      out.add(name as LockableField);
    }
  }
  return out;
}

/** Takes the policy's value for `key` when it validates, and locks the field. */
function forced<K extends keyof Settings>(
  policy: Record<string, unknown>,
  key: K,
): Settings[K] | undefined {
  // An empty server is no choice: a policy cannot impose "no server" on top of its own default.
  if (!(key in policy) || (key === 'serverUrl' && policy[key] === '')) return undefined;
  const parsed = settingsSchema.shape[key].safeParse(policy[key]);
  return parsed.success ? (parsed.data as Settings[K]) : undefined;
}

const strict = (mode: SiteMode): SiteMode => (mode === 'guard' ? 'block' : mode);

/**
 * Merges the user's settings with the administrator's policy. A field the policy sets is forced
 * and locked; a field it only locks falls back to the shipped default, so a user cannot keep a
 * weaker value the administrator never saw.
 */
export function effectiveSettings(sync: Settings, managed: unknown): EffectiveSettings {
  const policy = isRecord(managed) ? managed : {};
  const locked = lockNames(policy.lockedSettings);
  const settings: Settings = { ...sync, share: { ...sync.share } };

  for (const key of WHOLE_FIELDS) {
    const value = forced(policy, key);
    if (value !== undefined) {
      (settings as unknown as Record<string, unknown>)[key] = value;
      locked.add(key);
    } else if (locked.has(key)) {
      (settings as unknown as Record<string, unknown>)[key] = structuredClone(
        DEFAULT_SETTINGS[key],
      );
    }
  }

  const share = isRecord(policy.share) ? policy.share : {};
  const shareShape = settingsSchema.shape.share.shape;
  for (const key of SHARE_FIELDS) {
    const field = `share.${key}` as const;
    const parsed = key in share ? shareShape[key].safeParse(share[key]) : undefined;
    if (parsed?.success) {
      (settings.share as unknown as Record<string, unknown>)[key] = parsed.data;
      locked.add(field);
    } else if (locked.has(field)) {
      (settings.share as unknown as Record<string, unknown>)[key] = DEFAULT_SETTINGS.share[key];
    }
  }

  const managedSites: SiteRule[] = [];
  if (Array.isArray(policy.allowedSites)) {
    for (const pattern of policy.allowedSites.slice(0, SITE_RULES_MAX)) {
      if (typeof pattern !== 'string' || 'error' in parseSitePattern(pattern)) continue;
      managedSites.push({ pattern, mode: 'off' });
    }
  }
  // Ties between equally specific rules go to the first, so the administrator's come first.
  settings.siteRules = [...managedSites, ...settings.siteRules];

  const pasteAnywayForbidden = policy.forbidPasteAnyway === true;
  if (pasteAnywayForbidden) {
    // "block" is the guard without its "anyway" button, so no content-script change is needed.
    settings.defaultMode = strict(settings.defaultMode);
    settings.siteRules = settings.siteRules.map((rule) => ({ ...rule, mode: strict(rule.mode) }));
  }

  return {
    settings,
    locked: LOCKABLE_FIELDS.filter((field) => locked.has(field)),
    managedSites,
    pasteAnywayForbidden,
    createTokenSet: policyServer(policy).createToken !== undefined,
  };
}

// RFC 6750's b64token: what may follow "Bearer " in an Authorization header.
const BEARER_TOKEN = /^[A-Za-z0-9._~+/-]{8,1024}=*$/;

/**
 * The link server the administrator chose, if any, and the token that server wants on create.
 * The token counts only beside a server set by the same policy: sent anywhere else, the
 * administrator's token would reach a server they never named.
 */
export function policyServer(managed: unknown): { serverUrl?: string; createToken?: string } {
  const policy = isRecord(managed) ? managed : {};
  const serverUrl = forced(policy, 'serverUrl');
  if (serverUrl === undefined) return {};
  const token = policy.createToken;
  return typeof token === 'string' && BEARER_TOKEN.test(token)
    ? { serverUrl, createToken: token }
    : { serverUrl };
}

/** The policy as cached in `storage.local`: all it holds but the create token. */
export function cacheablePolicy(managed: unknown): Record<string, unknown> {
  if (!isRecord(managed)) return {};
  const rest = { ...managed };
  delete rest.createToken;
  return rest;
}
