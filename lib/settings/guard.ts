/**
 * The guard's settings, as the background hands them out: validated and merged with the managed
 * policy and the user's consent there, so the content script carries no validator. Replies come
 * over the extension's own runtime channel, which a page cannot write to.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messages';
import type { Settings } from '.';
import { readCachedGuardSettings } from './guard-cache';

/**
 * Calls back with the effective settings now and whenever the user's settings, their consent or
 * the policy change. The background's last answer, kept on this device, comes first; then a quick
 * answer; then the exact one (the policy read to the end). Returns the unsubscriber.
 */
export function watchGuardSettings(
  callback: (settings: Settings) => void,
  cached = readCachedGuardSettings(),
): () => void {
  let latest = 0;
  // 1 cached, 2 quick, 3 exact: an earlier kind arriving late never replaces a later one.
  let rank = 0;
  const offer = (kind: number, settings: Settings | undefined) => {
    if (settings && kind >= rank) {
      rank = kind;
      callback(settings);
    }
  };
  const ask = () => {
    const ticket = ++latest;
    // Answers can arrive out of order; only the newest question's answer counts.
    void sendMessage({ type: 'settings.guard', exact: true }).then(
      (reply) => ticket === latest && reply?.ok === true && offer(3, reply.settings),
      () => undefined,
    );
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || 'settings' in changes || 'consentedSettings' in changes) ask();
  };
  browser.storage.onChanged.addListener(listener);
  void cached.then((settings) => offer(1, settings));
  void sendMessage({ type: 'settings.guard' }).then(
    (reply) => reply?.ok === true && offer(2, reply.settings),
    () => undefined,
  );
  ask();
  return () => browser.storage.onChanged.removeListener(listener);
}
