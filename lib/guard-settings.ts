/**
 * The guard's settings, as the background hands them out: validated and merged with the managed
 * policy there, so the content script carries no validator. Replies come over the extension's own
 * runtime channel, which a page cannot write to.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from './messages';
import type { Settings } from './settings-defaults';

/**
 * Calls back with the effective settings now and whenever the user's settings or the policy
 * change. A quick answer comes first; the exact one (the policy read to the end) follows it.
 * Returns the unsubscriber.
 */
export function watchGuardSettings(callback: (settings: Settings) => void): () => void {
  let latest = 0;
  let delivered = false;
  const deliver = (settings: Settings) => {
    delivered = true;
    callback(settings);
  };
  const ask = () => {
    const ticket = ++latest;
    // Answers can arrive out of order; only the newest question's answer counts.
    void sendMessage({ type: 'settings.guard', exact: true }).then(
      (reply) => ticket === latest && reply?.ok === true && deliver(reply.settings),
      () => undefined,
    );
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'sync' && 'settings' in changes)) ask();
  };
  browser.storage.onChanged.addListener(listener);
  // Chrome's first policy read in a fresh profile can take seconds: the quick answer (policy
  // awaited briefly) guards the page meanwhile, unless the exact one is already in.
  void sendMessage({ type: 'settings.guard' }).then(
    (reply) => !delivered && reply?.ok === true && deliver(reply.settings),
    () => undefined,
  );
  ask();
  return () => browser.storage.onChanged.removeListener(listener);
}
