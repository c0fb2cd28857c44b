/**
 * The background's last answer to the guard, kept on this device. Its own module, so that the
 * bootstrap, which reads it as the guard module loads, carries the key and nothing of the model.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '.';

/** `storage.local` key of the background's last answer to the guard, read before asking again. */
export const GUARD_SETTINGS_KEY = 'guardSettings';

/**
 * The background's last answer, policy included, kept on this device: the administrator's policy
 * must hold from the first paste, while the background may still be starting and Chrome's first
 * policy read in a fresh profile can take seconds.
 */
export function readCachedGuardSettings(): Promise<Settings | undefined> {
  return browser.storage.local.get(GUARD_SETTINGS_KEY).then(
    (items) => items[GUARD_SETTINGS_KEY] as Settings | undefined,
    () => undefined,
  );
}
