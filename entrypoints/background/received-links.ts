import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { toBase64url } from '@/lib/link-crypto';
import { MAX_LINK_LENGTH } from '@/lib/received-link';

const MENU_ID = 'open-in-keywarden';
export const OPEN_PAGE = '/open.html';
/** Long enough for a tab to load; a link left unclaimed after that is dropped. */
const CLAIM_WITHIN_MS = 60_000;

// The path, with the query, of a Keywarden link (`…/s`) or a PrivateBin one (`…/?id`); the key
// sits in the fragment, which match patterns ignore.
const LINK_PATTERNS = ['*://*/s', '*://*/*/s', '*://*/?*', '*://*/*/?*'];

/** Links on their way to the page that opens them, by one-time token; memory only. */
const pending = new Map<string, { link: string; at: number }>();

/**
 * Opens a received link in the extension's own page. The link goes to the page by a one-time
 * token, not in its address, so its key is in no tab's URL and no session history.
 */
export async function openReceivedLink(link: string): Promise<void> {
  const now = Date.now();
  for (const [token, entry] of pending) if (now - entry.at > CLAIM_WITHIN_MS) pending.delete(token);
  const token = toBase64url(crypto.getRandomValues(new Uint8Array(16)));
  if (link.length <= MAX_LINK_LENGTH) pending.set(token, { link, at: now });
  await browser.tabs.create({ url: browser.runtime.getURL(`${OPEN_PAGE}#${token}`) });
}

/** The link handed over under `token`, once; undefined when unknown, taken or stale. */
export function claimReceivedLink(token: string): string | undefined {
  const entry = pending.get(token);
  pending.delete(token);
  return entry && Date.now() - entry.at <= CLAIM_WITHIN_MS ? entry.link : undefined;
}

/**
 * "Open in Keywarden" on links. Created afresh each time the background starts: Chrome keeps
 * menus across a service worker's restarts, Firefox's persistent page does not outlive the browser.
 */
export function setUpOpenInKeywarden(): void {
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: i18n.t('menu.openInKeywarden'),
        contexts: ['link'],
        targetUrlPatterns: LINK_PATTERNS,
      }),
    )
    .catch(() => undefined);
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID && info.linkUrl) void openReceivedLink(info.linkUrl);
  });
}
