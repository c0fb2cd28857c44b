/**
 * The settings object's type and its defaults, with no validator attached: the content script
 * imports this and nothing heavier, and receives validated settings from the background. The
 * rest of the folder is kept apart so that stays true: `schema` validates, `store` reads and
 * writes `storage`, `managed-policy` merges the administrator's policy, `consent` holds synced
 * changes back, `migrations` and `file` carry older copies forward, `guard` is the content
 * script's read-only view.
 */
import type { Confidence, RuleGroup } from '@/detectors/rule';
import type { UserRule } from '@/detectors/types';
import { DEFAULT_SITE_RULES, type SiteMode, type SiteRule } from '../site-policy';

export interface ShareDefaults {
  /** Seconds until the link expires. */
  expiresIn: number;
  views: number;
  requirePassphrase: boolean;
}

export interface Settings {
  /**
   * Where links go: a Keywarden server or a PrivateBin instance. Empty until the user (or their
   * administrator) chooses one: a fresh install must not pretend a server exists.
   */
  serverUrl: string;
  /** Mode for every site no rule names. */
  defaultMode: SiteMode;
  siteRules: SiteRule[];
  share: ShareDefaults;
  disabledGroups: RuleGroup[];
  minConfidence: Confidence;
  /** The user's own detector rules, run under the guards in detectors/user-rules.ts. */
  customRules: UserRule[];
  /** Guard decisions older than this are deleted by the background. */
  historyRetentionDays: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  serverUrl: '',
  defaultMode: 'guard',
  siteRules: [...DEFAULT_SITE_RULES],
  share: { expiresIn: 24 * 60 * 60, views: 1, requirePassphrase: false },
  disabledGroups: [],
  minConfidence: 'low',
  customRules: [],
  historyRetentionDays: 90,
});

/**
 * The link server every version before the first-run set-up shipped as its default (the one
 * `npm start` runs). An install that relied on it keeps it across the update.
 */
export const LEGACY_SERVER_URL = 'http://127.0.0.1:8787';
