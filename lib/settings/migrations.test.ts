import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseSettingsShape } from './schema';
import { migrateSettings, MIGRATIONS, SETTINGS_VERSION } from './migrations';

const fixtureDir = new URL('./fixtures/', import.meta.url);
const fixtures = readdirSync(fixtureDir)
  .map((name) => ({ name, version: Number(/^v(\d+)\.json$/.exec(name)?.[1]) }))
  .filter((f) => Number.isInteger(f.version));

describe('settings migrations', () => {
  test('every version up to the current one has a fixture', () => {
    const versions = fixtures.map((f) => f.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
  });

  test('every migration is numbered after the first version and not beyond the current', () => {
    for (const key of Object.keys(MIGRATIONS)) {
      expect(Number(key)).toBeGreaterThan(1);
      expect(Number(key)).toBeLessThanOrEqual(SETTINGS_VERSION);
    }
  });

  test.each(fixtures)('$name migrates to a valid current settings object', ({ name, version }) => {
    const old = JSON.parse(readFileSync(new URL(name, fixtureDir), 'utf8')) as Record<
      string,
      unknown
    >;
    const result = parseSettingsShape(migrateSettings(old, version));
    expect(result.ok || result.errors).toBe(true);
  });

  test('a version from the future is refused, naming the field', () => {
    expect(() => migrateSettings({}, SETTINGS_VERSION + 1)).toThrow(/^version: /);
  });
});
