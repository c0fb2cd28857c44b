/**
 * The JSON file the options page exports and imports. It carries the settings version, so a file
 * from an older release is migrated before it is validated.
 */
import { parseSettingsShape } from './settings-schema';
import { migrateSettings, SETTINGS_VERSION } from './settings-migrations';
import { DEFAULT_SETTINGS, type Settings } from './settings-types';

const FORMAT = 'keywarden-settings';
/** Settings are a few kilobytes; anything far larger is not ours. */
const MAX_FILE_LENGTH = 512 * 1024;

export function exportSettingsFile(settings: Settings): string {
  return JSON.stringify({ format: FORMAT, version: SETTINGS_VERSION, settings }, null, 2);
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses an exported file; fields it leaves out take their defaults, every other must be valid. */
export function importSettingsFile(text: string): ImportResult {
  if (text.length > MAX_FILE_LENGTH) return { ok: false, errors: ['(file): too large'] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['(file): not valid JSON'] };
  }
  if (!isRecord(data) || data.format !== FORMAT) {
    return { ok: false, errors: [`format: expected "${FORMAT}"`] };
  }
  if (!isRecord(data.settings)) return { ok: false, errors: ['settings: expected an object'] };
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateSettings(data.settings, typeof data.version === 'number' ? data.version : 0);
  } catch (error) {
    return { ok: false, errors: [(error as Error).message] };
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
