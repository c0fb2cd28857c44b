/**
 * The user's settings: one typed item in `storage.sync`, versioned so later releases can migrate
 * it. Every reader goes through `loadSettings`, which fills fields a stored copy lacks with the
 * defaults, so a new field never reaches code as `undefined`.
 */
import { storage } from '#imports';
import type { Confidence, RuleGroup } from '@/detectors/rule';
import { DEFAULT_SITE_RULES, type SiteMode, type SiteRule } from './site-policy';

export interface ShareDefaults {
  /** Seconds until the link expires. */
  expiresIn: number;
  views: number;
  requirePassphrase: boolean;
}

export interface Settings {
  /** Origin of the one-time-link server; `npm start` runs one here. */
  serverUrl: string;
  /** Mode for every site no rule names. */
  defaultMode: SiteMode;
  siteRules: SiteRule[];
  share: ShareDefaults;
  disabledGroups: RuleGroup[];
  minConfidence: Confidence;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  serverUrl: 'http://127.0.0.1:8787',
  defaultMode: 'guard',
  siteRules: [...DEFAULT_SITE_RULES],
  share: { expiresIn: 24 * 60 * 60, views: 1, requirePassphrase: false },
  disabledGroups: [],
  minConfidence: 'low',
});

const settingsItem = storage.defineItem<Partial<Settings>>('sync:settings', {
  fallback: {},
  version: 1,
});

export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  const value = stored ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...value,
    share: { ...DEFAULT_SETTINGS.share, ...value.share },
    siteRules: value.siteRules ?? [...DEFAULT_SETTINGS.siteRules],
    disabledGroups: value.disabledGroups ?? [],
  };
}

export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = withDefaults({ ...(await settingsItem.getValue()), ...changes });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with the full settings whenever they change, in any tab. Returns the unsubscriber. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(withDefaults(value)));
}
