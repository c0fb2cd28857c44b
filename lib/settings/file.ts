/**
 * The JSON file the options page exports and imports. It carries the settings version, so a file
 * from an older release is migrated before it is validated.
 */
import { isRecord, parseSettingsShape, type SettingsIssue } from './schema';
import { migrateSettings, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, type Settings } from '.';

const FORMAT = 'keywarden-settings';
/** Settings are a few kilobytes; anything far larger is not ours. */
const MAX_FILE_LENGTH = 512 * 1024;

export function exportSettingsFile(settings: Settings): string {
  return JSON.stringify({ format: FORMAT, version: SETTINGS_VERSION, settings }, null, 2);
}

export type ImportResult =
  { ok: true; settings: Settings } | { ok: false; errors: SettingsIssue[] };

/** Parses an exported file; fields it leaves out take their defaults, every other must be valid. */
export function importSettingsFile(text: string): ImportResult {
  const refused = (issue: SettingsIssue): ImportResult => ({ ok: false, errors: [issue] });
  if (text.length > MAX_FILE_LENGTH) return refused({ path: '', problem: 'too-large' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refused({ path: '', problem: 'not-json' });
  }
  if (!isRecord(data) || data.format !== FORMAT) {
    return refused({ path: 'format', problem: 'format', expected: FORMAT });
  }
  if (!isRecord(data.settings)) return refused({ path: 'settings', problem: 'not-object' });
  const version = typeof data.version === 'number' ? data.version : 0;
  if (Number.isInteger(version) && version > SETTINGS_VERSION) {
    return refused({ path: 'version', problem: 'newer-version' });
  }
  if (!Number.isInteger(version) || version < 1) {
    return refused({ path: 'version', problem: 'number', min: 1, max: SETTINGS_VERSION });
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateSettings(data.settings, version);
  } catch {
    // A migration that is missing or throws on this file's values.
    return refused({ path: 'version', problem: 'invalid' });
  }
  const merged = {
    ...structuredClone(DEFAULT_SETTINGS),
    ...migrated,
    share: { ...DEFAULT_SETTINGS.share, ...(isRecord(migrated.share) ? migrated.share : {}) },
  };
  if (!isRecord(migrated.share) && 'share' in migrated) merged.share = migrated.share as never;
  const parsed = parseSettingsShape(merged);
  return parsed.ok ? { ok: true, settings: parsed.settings } : parsed;
}
