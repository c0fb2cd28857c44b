import { browser } from 'wxt/browser';
import { loadShareTarget } from '@/lib/settings';

const WELCOME_PAGE = '/welcome.html';
/** A second ask this soon after the first is the same click arriving twice, not a new tab. */
const REOPEN_AFTER_MS = 1000;
let lastOpened = 0;

/** Opens the page where a link server is chosen. Content scripts cannot open extension pages. */
export async function openWelcome(): Promise<{ ok: true }> {
  const now = Date.now();
  if (now - lastOpened >= REOPEN_AFTER_MS) {
    lastOpened = now;
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
