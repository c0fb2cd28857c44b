import { i18n } from '#i18n';
import { browser } from 'wxt/browser';

/** Firefox builds are Manifest V2, where the toolbar button is still `browserAction`. */
const toolbarAction = browser.action ?? browser.browserAction;

/** The toolbar tooltip tells the user, per tab, that the guard is live there. */
export async function markTabGuarded(tabId: number): Promise<void> {
  await toolbarAction.setTitle({ tabId, title: i18n.t('toolbar.guarded') });
}

/**
 * A "!" on the toolbar button while synced changes wait for the user's consent, so they see it
 * without opening the options page.
 */
export async function markPending(pending: boolean): Promise<void> {
  await toolbarAction.setBadgeText({ text: pending ? '!' : '' });
  if (pending) await toolbarAction.setBadgeBackgroundColor({ color: '#a30000' });
}
