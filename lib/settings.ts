/**
 * The user's settings: one typed item in `storage.sync`, versioned with numbered migrations, and
 * merged with the administrator's `storage.managed` policy. Every reader goes through
 * `loadSettings` / `watchSettings`, which hand out the effective settings, so a managed value
 * takes effect in the guard, the popup and the background alike.
 */
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { effectiveSettings, type EffectiveSettings } from './managed-policy';
import { MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';
import { withDefaults, type Settings, type ShareDefaults } from './settings-types';

export { DEFAULT_SETTINGS, withDefaults } from './settings-types';
export type { Settings, ShareDefaults } from './settings-types';

const settingsItem = storage.defineItem<Partial<Settings>>('sync:settings', {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

/** The effective settings plus what the user has stored, for pages that edit them. */
export interface SettingsState extends EffectiveSettings {
  stored: Settings;
}

/** How long a first read waits for the policy; `watchSettings` delivers it when it comes later. */
const MANAGED_WAIT_MS = 300;

async function readManaged(waitMs?: number): Promise<unknown> {
  try {
    // Firefox rejects when no policy names this add-on; Chrome answers {} then. Chrome's first
    // read in a fresh profile can take seconds, which must not leave a page unguarded meanwhile.
    const read = browser.storage.managed.get();
    if (waitMs === undefined) return await read;
    return await Promise.race([
      read,
      new Promise<object>((resolve) => setTimeout(() => resolve({}), waitMs)),
    ]);
  } catch {
    return {};
  }
}

async function readState(waitMs?: number): Promise<SettingsState> {
  const [stored, managed] = await Promise.all([settingsItem.getValue(), readManaged(waitMs)]);
  const own = withDefaults(stored);
  return { stored: own, ...effectiveSettings(own, managed) };
}

export async function loadSettingsState(): Promise<SettingsState> {
  return readState(MANAGED_WAIT_MS);
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsState()).settings;
}

/** The effective settings once the policy has been read, however long that takes. */
export async function loadExactSettings(): Promise<Settings> {
  return (await readState()).settings;
}

/** Fields to change; `share` may name only the defaults that change. */
export type SettingsChanges = Omit<Partial<Settings>, 'share'> & { share?: Partial<ShareDefaults> };

// Each save reads, merges and writes; two saves in flight at once (a field committed on blur, then
// a checkbox) must not both start from the value before either, or the first change is lost.
let saving: Promise<unknown> = Promise.resolve();

/** Writes the user's own values; managed fields keep winning when read back. */
export function saveSettings(changes: SettingsChanges): Promise<Settings> {
  const write = async () => {
    const current = withDefaults(await settingsItem.getValue());
    const share = { ...current.share, ...changes.share };
    await settingsItem.setValue(withDefaults({ ...current, ...changes, share }));
    return loadSettings();
  };
  const done = saving.then(write, write);
  saving = done.catch(() => undefined);
  return done;
}

/** Replaces every stored setting (the options page's import). */
export async function replaceSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(withDefaults(settings));
}

/**
 * Calls back with the full state whenever the user's settings or the policy change, in any tab.
 * Returns the unsubscriber.
 */
export function watchSettingsState(callback: (state: SettingsState) => void): () => void {
  let latest = 0;
  const deliver = () => {
    const ticket = ++latest;
    // Two quick changes can resolve out of order; only the newest read is delivered.
    void readState().then(
      (state) => ticket === latest && callback(state),
      () => undefined,
    );
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'sync' && 'settings' in changes)) deliver();
  };
  browser.storage.onChanged.addListener(listener);
  // The exact state, policy included however long it takes, follows any early `loadSettings`.
  deliver();
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls back with the effective settings whenever they change. Returns the unsubscriber. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return watchSettingsState((state) => callback(state.settings));
}
