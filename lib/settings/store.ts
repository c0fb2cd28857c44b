/**
 * The user's settings: one typed item in `storage.sync`, versioned with numbered migrations, and
 * merged with the administrator's `storage.managed` policy. Every reader goes through
 * `loadSettings` / `watchSettings`, which hand out the effective settings, so a managed value
 * takes effect in the guard, the popup and the background alike.
 */
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import {
  cacheablePolicy,
  effectiveSettings,
  policyServer,
  type EffectiveSettings,
} from './managed-policy';
import { withConsent, type SettingChange } from './consent';
import { LEGACY_SERVER_URL, type Settings, type ShareDefaults } from '.';
import { GUARD_SETTINGS_KEY } from './guard-cache';
import { MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { withDefaults } from './schema';

const settingsItem = storage.defineItem<Partial<Settings>>('sync:settings', {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

/**
 * The settings the user agreed to on this device. Sync also carries what other devices (or any
 * other writer) put there; a synced change that moves where secrets go or lets more through acts
 * only once the user has applied it here, which copies it into this item.
 */
const consentItem = storage.defineItem<Partial<Settings> | null>('local:consentedSettings', {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

/** The last policy `storage.managed` answered, without its create token. */
const policyCacheItem = storage.defineItem<Record<string, unknown> | null>('local:managedPolicy', {
  fallback: null,
});

/** Synced changes waiting for the user's yes, and the synced settings they come from. */
export interface PendingChanges {
  changes: SettingChange[];
  synced: Settings;
}

/** The effective settings plus what the user has stored, for pages that edit them. */
export interface SettingsState extends EffectiveSettings {
  /** The user's own settings in effect: the synced ones, minus changes waiting for consent. */
  stored: Settings;
  pending?: PendingChanges;
}

/** How long a first read waits for the policy; `watchSettings` delivers it when it comes later. */
const MANAGED_WAIT_MS = 300;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function rememberPolicy(policy: unknown): Promise<void> {
  const next = cacheablePolicy(policy);
  if (!sameJson(await policyCacheItem.getValue(), next)) await policyCacheItem.setValue(next);
}

async function readManaged(waitMs?: number): Promise<unknown> {
  let read: Promise<unknown>;
  try {
    // Firefox rejects when no policy names this add-on; Chrome answers {} then.
    read = browser.storage.managed.get().catch(() => ({}));
  } catch {
    read = Promise.resolve({});
  }
  read = read.then((policy) => {
    void rememberPolicy(policy).catch(() => undefined);
    return policy;
  });
  if (waitMs === undefined) return read;
  // Chrome's first read in a fresh profile can take seconds. Meanwhile the last policy seen
  // holds, so an administrator's rules apply from the first paste, not from the answer.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cached = new Promise<unknown>((resolve) => {
    timer = setTimeout(() => resolve(policyCacheItem.getValue().then((c) => c ?? {})), waitMs);
  });
  return Promise.race([read, cached]).finally(() => clearTimeout(timer));
}

/** The user's own settings in effect, and the synced changes held back for consent. */
function ownSettings(synced: unknown, consented: unknown) {
  // Before this device has consented to anything (a fresh install), the defaults are the baseline.
  return withConsent(withDefaults(consented), withDefaults(synced));
}

async function readOwn() {
  const [synced, consented] = await Promise.all([settingsItem.getValue(), consentItem.getValue()]);
  return { synced: withDefaults(synced), ...ownSettings(synced, consented) };
}

async function readState(waitMs?: number): Promise<SettingsState> {
  const [own, managed] = await Promise.all([readOwn(), readManaged(waitMs)]);
  const pending = own.held.length ? { changes: own.held, synced: own.synced } : undefined;
  return {
    stored: own.settings,
    ...(pending ? { pending } : {}),
    ...effectiveSettings(own.settings, managed),
  };
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

/** Where links go and how: the policy read to the end, since a share is worth the wait. */
export interface ShareTarget {
  settings: Settings;
  /** True when the administrator's policy chose the server, which is their consent to it. */
  byPolicy: boolean;
  /** The administrator's token for that server; only ever sent to it. */
  createToken?: string;
}

export async function loadShareTarget(): Promise<ShareTarget> {
  const [own, managed] = await Promise.all([readOwn(), readManaged()]);
  const { settings } = effectiveSettings(own.settings, managed);
  const { serverUrl, createToken } = policyServer(managed);
  return {
    settings,
    byPolicy: serverUrl !== undefined,
    ...(createToken === undefined ? {} : { createToken }),
  };
}

/** Fields to change; `share` may name only the defaults that change. */
export type SettingsChanges = Omit<Partial<Settings>, 'share'> & { share?: Partial<ShareDefaults> };

// Each save reads, merges and writes; two saves in flight at once (a field committed on blur, then
// a checkbox) must not both start from the value before either, or the first change is lost.
let saving: Promise<unknown> = Promise.resolve();

function queued<T>(write: () => Promise<T>): Promise<T> {
  const done = saving.then(write, write);
  saving = done.catch(() => undefined);
  return done;
}

function merged(settings: Settings, changes: SettingsChanges): Settings {
  return withDefaults({ ...settings, ...changes, share: { ...settings.share, ...changes.share } });
}

/** Writes both copies; the consented one first, so no reader sees the user's own change held. */
async function writeBoth(consented: Settings, synced: Settings): Promise<void> {
  await consentItem.setValue(consented);
  await settingsItem.setValue(synced);
}

/**
 * Writes the user's own values, made in this extension's pages: they are consented as they are
 * written. Synced changes still waiting for consent stay waiting. Managed fields keep winning
 * when read back.
 */
export function saveSettings(changes: SettingsChanges): Promise<Settings> {
  return queued(async () => {
    const own = await readOwn();
    await writeBoth(merged(own.settings, changes), merged(own.synced, changes));
    return loadSettings();
  });
}

/** Replaces every stored setting (the options page's import, once the user has seen its diff). */
export function replaceSettings(settings: Settings): Promise<void> {
  const value = withDefaults(settings);
  return queued(() => writeBoth(value, value));
}

/** The user applies the synced settings they were shown (not whatever sync holds by now). */
export function applyPendingSettings(synced: Settings): Promise<void> {
  return queued(() => consentItem.setValue(withDefaults(synced)));
}

/** The user turns the held changes down: sync gets back the settings in effect here. */
export function discardPendingSettings(): Promise<void> {
  return queued(async () => {
    const own = await readOwn();
    await writeBoth(own.settings, own.settings);
  });
}

/**
 * An update from a version whose default server was `LEGACY_SERVER_URL`: synced settings that
 * never named a server relied on that default, so it is written down, as this device had it.
 * Every copy those versions wrote was complete, so only "nothing saved" can lack the field.
 */
async function keepLegacyServer(): Promise<void> {
  const synced = await settingsItem.getValue();
  if (typeof synced.serverUrl === 'string') return;
  const consented = await consentItem.getValue();
  // A device that consented to settings without a server (a fresh install since) has none to keep.
  const serverUrl = consented ? withDefaults(consented).serverUrl : LEGACY_SERVER_URL;
  if (serverUrl === '') return;
  await writeBoth(
    withDefaults({ ...(consented ?? synced), serverUrl }),
    withDefaults({ ...synced, serverUrl }),
  );
}

/**
 * Runs on install and update. A fresh install consents to the defaults, so whatever sync brings
 * waits for the user; an install from before consent existed consents to what sync already
 * held, which was the user's own doing.
 */
export function settleConsent(reason: string): Promise<void> {
  return queued(async () => {
    if (reason === 'update') await keepLegacyServer();
    if ((await consentItem.getValue()) !== null) return;
    if (reason === 'install') await consentItem.setValue(withDefaults(undefined));
    else if (reason === 'update')
      await consentItem.setValue(withDefaults(await settingsItem.getValue()));
  });
}

/** Keeps the guard's copy of the effective settings, which content scripts read before asking. */
export async function cacheGuardSettings(settings: Settings): Promise<void> {
  const stored = await browser.storage.local.get(GUARD_SETTINGS_KEY);
  if (!sameJson(stored[GUARD_SETTINGS_KEY], settings)) {
    await browser.storage.local.set({ [GUARD_SETTINGS_KEY]: settings });
  }
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
    if (
      area === 'managed' ||
      (area === 'sync' && 'settings' in changes) ||
      (area === 'local' && 'consentedSettings' in changes)
    ) {
      deliver();
    }
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
