/**
 * The settings object and its defaults, free of browser APIs so the schema, the managed policy
 * and the options page's import can share them with unit tests.
 */
import type { Confidence, RuleGroup } from '@/detectors/rule';
import type { UserRule } from '@/detectors/types';
import { settingsSchema, type SettingsShape } from './settings-schema';
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
  /** The user's own detector rules, run under the guards in detectors/user-rules.ts. */
  customRules: UserRule[];
  /** Guard decisions older than this are deleted by the background. */
  historyRetentionDays: number;
}

// The schema and the interface must describe the same object; this fails to compile otherwise.
const schemaFitsInterface = (value: SettingsShape): Settings => value;
void schemaFitsInterface;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  serverUrl: 'http://127.0.0.1:8787',
  defaultMode: 'guard',
  siteRules: [...DEFAULT_SITE_RULES],
  share: { expiresIn: 24 * 60 * 60, views: 1, requirePassphrase: false },
  disabledGroups: [],
  minConfidence: 'low',
  customRules: [],
  historyRetentionDays: 90,
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A complete, valid settings object from whatever is stored: each field that is missing or does
 * not validate falls back to its default on its own, so one bad field never resets the rest.
 */
export function withDefaults(stored: unknown): Settings {
  const value = isRecord(stored) ? stored : {};
  const out = structuredClone(DEFAULT_SETTINGS) as Settings;
  const target = out as unknown as Record<string, unknown>;
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    if (key === 'share') continue;
    const parsed = settingsSchema.shape[key].safeParse(value[key]);
    if (parsed.success) target[key] = parsed.data;
  }
  const share = isRecord(value.share) ? value.share : {};
  const shareShape = settingsSchema.shape.share.shape;
  for (const key of ['expiresIn', 'views', 'requirePassphrase'] as const) {
    const parsed = shareShape[key].safeParse(share[key]);
    if (parsed.success) (out.share as unknown as Record<string, unknown>)[key] = parsed.data;
  }
  return out;
}
