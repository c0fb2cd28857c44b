import { browser } from 'wxt/browser';
import { loadShareTarget } from '@/lib/settings/store';

const WELCOME_PAGE = '/welcome.html';
/** A second ask this soon from the same place is the same click arriving twice, not a new tab. */
const REOPEN_AFTER_MS = 1000;
let last = { from: '', at: 0 };

/**
 * Opens the page where a link server is chosen. Content scripts cannot open extension pages.
 * `from` names the asking place (a tab, or the popup), so one place's double click opens one tab
 * while the popup and a page asking in turn each get theirs.
 */
export async function openWelcome(from = ''): Promise<{ ok: true }> {
  const now = Date.now();
  if (from !== last.from || now - last.at >= REOPEN_AFTER_MS) {
    last = { from, at: now };
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  }
  return { ok: true };
}

/**
 * On install (not on update), asks where links should go, unless the administrator's policy
 * already said: the policy is read to the end, however long its first read takes.
 */
export function setUpWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void loadShareTarget()
      .then(({ byPolicy }) => (byPolicy ? undefined : openWelcome()))
      .catch(() => undefined);
  });
}
