/**
 * Numbered migrations of the stored settings. Migration N turns a version N-1 object into a
 * version N object; each has a fixture in `fixtures/v<N-1>.json` that the looping test
 * carries to the current version. Version 1 is the first release, so there is none yet.
 */

export const SETTINGS_VERSION = 1;

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({});

/** Runs every migration after `fromVersion`; throws on a version from the future. */
export function migrateSettings(
  value: Record<string, unknown>,
  fromVersion: number,
): Record<string, unknown> {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > SETTINGS_VERSION) {
    throw new RangeError(`version: expected a number from 1 to ${SETTINGS_VERSION}`);
  }
  let current = value;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    const migration = MIGRATIONS[version];
    if (!migration) throw new RangeError(`version: no migration to ${version}`);
    current = migration(current);
  }
  return current;
}
