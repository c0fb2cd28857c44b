import { browser } from 'wxt/browser';
import { cacheGuardSettings, settleConsent, watchSettingsState } from '@/lib/settings';
import { markPending } from './toolbar';

/**
 * Settles consent on install and update, and on every change to the settings, their consent or
 * the policy: keeps the guard's cached copy current and shows whether changes wait for consent.
 */
export function setUpConsent(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => void settleConsent(reason));
  watchSettingsState((state) => {
    void cacheGuardSettings(state.settings).catch(() => undefined);
    void markPending(state.pending !== undefined).catch(() => undefined);
  });
}
