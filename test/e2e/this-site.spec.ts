/**
 * The popup's "This site" switch acts on a tab that is already open: each click changes what the
 * next paste in that tab meets, with no reload.
 */
import { closeWelcome, expect, test } from './fixtures';
import {
  CHROME_BUILD,
  FIREFOX_BUILD,
  launchChromium,
  launchFirefox,
  type BrowserKind,
  type ExtensionBrowser,
  type ExtPage,
} from './extension-browser';
import { copyBuild, type BuildCopy } from './extension-copy';
import { dialogOpen, fieldText, openComposers, untilDialogArmed } from './page-probes';
import { githubToken } from './secrets';

const SITE_ACCESS = 'http://127.0.0.1/*';

/**
 * The popup reads the active tab's address through `activeTab`, which only a real toolbar click
 * grants. A private copy holding a host permission for the fixture site stands in for that grant.
 */
async function extensionWithSiteAccess(
  kind: BrowserKind,
): Promise<{ extension: ExtensionBrowser; copy: BuildCopy }> {
  if (kind === 'chromium') {
    const copy = await copyBuild(CHROME_BUILD, (manifest) => {
      manifest.host_permissions = [SITE_ACCESS];
    });
    return { extension: await launchChromium({ extensionDir: copy.dir }), copy };
  }
  const copy = await copyBuild(FIREFOX_BUILD, (manifest) => {
    manifest.permissions = [...((manifest.permissions as string[]) ?? []), SITE_ACCESS];
  });
  return { extension: await launchFirefox({ extensionDir: copy.dir }), copy };
}

interface TabsApi {
  query(filter: object): Promise<{ id?: number; url?: string; windowId?: number }[]>;
  update(id: number, change: { active: boolean }): Promise<unknown>;
  create(tab: { url: string; active: boolean; windowId?: number }): Promise<unknown>;
}

/** Runs in an extension page: opens the popup in the background, `siteUrl` staying active. */
async function openPopupBeside({ siteUrl, popupUrl }: { siteUrl: string; popupUrl: string }) {
  const scope = globalThis as unknown as { browser?: { tabs: TabsApi }; chrome: { tabs: TabsApi } };
  const tabs = (scope.browser ?? scope.chrome).tabs;
  // Firefox's URL match patterns take no port, so compare whole addresses instead.
  const tab = (await tabs.query({})).find((candidate) => candidate.url === siteUrl);
  await tabs.update(tab?.id ?? -1, { active: true });
  // In the site's own window: the popup asks for the active tab of its window, and a new tab
  // would otherwise go to the last focused one, which need not be the site's.
  await tabs.create({ url: popupUrl, active: false, windowId: tab?.windowId });
}

/** Opens the popup as the toolbar button would over `siteUrl`: that tab is the active one. */
async function popupOver(extension: ExtensionBrowser, siteUrl: string): Promise<ExtPage> {
  const helper = await extension.openExtensionPage('/options.html');
  await helper.textOf('[data-testid="keywarden-root"] h1');
  const popupUrl = `${extension.extensionOrigin}/popup.html`;
  await helper.evaluate(openPopupBeside, { siteUrl, popupUrl });
  await helper.close();
  const popup = await extension.findPage('/popup.html');
  await popup.textOf('#site-heading + p');
  return popup;
}

/** Presses one of the popup's mode buttons with the keyboard, as a person would. */
async function choose(popup: ExtPage, label: 'Guarded' | 'Allowed' | 'Blocked'): Promise<void> {
  const index = { Guarded: 1, Blocked: 2, Allowed: 3 }[label];
  await popup.bringToFront();
  await popup.focus(`[role="group"][aria-label^="Mode for"] button:nth-of-type(${index})`);
  await popup.press('Enter');
  await expect.poll(() => popup.textOf('#site-heading + p')).toContain(`: ${label}.`);
}

async function pasteInto(tab: ExtPage, token: string): Promise<void> {
  await tab.bringToFront();
  await tab.evaluate(() => {
    (document.querySelector('#textarea') as HTMLTextAreaElement).value = '';
  }, undefined);
  await tab.focus('#textarea');
  await tab.paste(token);
}

/** Pastes into the tab's textarea and waits for what the guard does with it. */
async function pasteOutcome(tab: ExtPage, token: string): Promise<'warned' | 'inserted'> {
  await pasteInto(tab, token);
  const seen = async () => {
    if (await tab.evaluate(dialogOpen, undefined)) return 'warned';
    return (await tab.evaluate(fieldText, '#textarea')) === token ? 'inserted' : 'nothing yet';
  };
  await expect.poll(seen).not.toBe('nothing yet');
  // Either stays once there: the warning until it is answered, the text once inserted.
  const outcome = await seen();
  if (outcome === 'nothing yet') throw new Error('the paste’s outcome went away');
  return outcome;
}

/**
 * An open tab hears of a switch from the background a few milliseconds after the popup shows it:
 * sooner than a person gets from the popup to the tab, not always sooner than a test does. So
 * `tried` (a paste, undone when the tab still acted on the old mode) is repeated until the tab
 * acts on the new one.
 */
async function untilTabFollows(tried: () => Promise<boolean>): Promise<void> {
  await expect.poll(tried, { intervals: [250, 500, 1000], timeout: 20_000 }).toBe(true);
}

test('the popup switches an open tab between guarded, allowed and blocked at once @firefox', async ({
  browserKind,
  site,
}) => {
  test.setTimeout(60_000);
  const { extension, copy } = await extensionWithSiteAccess(browserKind);
  try {
    // The popup reads the active tab: the welcome page must not be the one.
    await closeWelcome(extension);
    const tab = await extension.newPage();
    await openComposers(tab, site.url('/composers.html'));
    const host = new URL(site.origin).host;
    const token = githubToken();

    const popup = await popupOver(extension, site.url('/composers.html'));
    expect(await popup.textOf('#site-heading + p')).toContain(`${host}: Guarded.`);
    await pasteInto(tab, token);
    await expect.poll(() => tab.evaluate(dialogOpen, undefined)).toBe(true);
    await tab.press('Escape');
    await expect.poll(() => tab.evaluate(dialogOpen, undefined)).toBe(false);

    await choose(popup, 'Allowed');
    await untilTabFollows(async () => {
      if ((await pasteOutcome(tab, token)) === 'inserted') return true;
      await tab.press('Escape');
      await expect.poll(() => tab.evaluate(dialogOpen, undefined)).toBe(false);
      return false;
    });
    expect(await tab.evaluate(dialogOpen, undefined)).toBe(false);

    // Blocked: the dialog's second button, "Paste anyway" when guarded, is now Cancel.
    await choose(popup, 'Blocked');
    await untilTabFollows(async () => (await pasteOutcome(tab, token)) === 'warned');
    await tab.press('Tab');
    await tab.press('Enter');
    await expect.poll(() => tab.evaluate(dialogOpen, undefined)).toBe(false);
    expect(await tab.evaluate(fieldText, '#textarea')).toBe('');

    // Blocked warns too: only the second button, Paste anyway again, tells that the tab follows.
    await choose(popup, 'Guarded');
    await untilTabFollows(async () => {
      expect(await pasteOutcome(tab, token)).toBe('warned');
      await untilDialogArmed();
      await tab.press('Tab');
      await tab.press('Enter');
      // Paste anyway inserts a moment later (and says where to rotate the key); Cancel inserts
      // nothing.
      return expect
        .poll(() => tab.evaluate(fieldText, '#textarea'), { timeout: 2000 })
        .toBe(token)
        .then(
          () => true,
          () => false,
        );
    });
  } finally {
    await extension.close();
    await copy.remove();
  }
});
