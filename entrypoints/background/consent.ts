import { browser } from 'wxt/browser';
import { acceptedUserRules } from '@/detectors/user-rules';
import { cacheGuardSettings, settleConsent, watchSettingsState } from '@/lib/settings/store';
import { markPending } from './toolbar';

/**
 * Settles consent on install and update, and on every change to the settings, their consent or
 * the policy: keeps the guard's cached copy current and shows whether changes wait for consent.
 */
export function setUpConsent(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => void settleConsent(reason));
  watchSettingsState((state) => {
    // The copy content scripts act on before any answer: like the answer ('settings.guard'), it
    // leaves out stored custom rules the detectors refuse, which could freeze the page.
    const { settings } = state;
    const customRules = acceptedUserRules(settings.customRules);
    void cacheGuardSettings({ ...settings, customRules }).catch(() => undefined);
    void markPending(state.pending !== undefined).catch(() => undefined);
  });
}
