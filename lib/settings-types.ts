/**
 * Validating stored settings field by field, free of browser APIs so the schema, the managed
 * policy and the options page's import can share it with unit tests.
 */
import { settingsSchema, type SettingsShape } from './settings-schema';
import { DEFAULT_SETTINGS, type Settings } from './settings-defaults';

export { DEFAULT_SETTINGS } from './settings-defaults';
export type { Settings, ShareDefaults } from './settings-defaults';

// The schema and the interface must describe the same object; this fails to compile otherwise.
const schemaFitsInterface = (value: SettingsShape): Settings => value;
void schemaFitsInterface;

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
