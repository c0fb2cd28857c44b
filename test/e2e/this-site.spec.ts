/**
 * The popup's "This site" switch acts on a tab that is already open: each click changes what the
 * next paste in that tab meets, with no reload.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { dialogButtonNames } from './ax-tree';
import { expect, test } from './fixtures';
import { CHROME_BUILD, launchChromium, type ExtensionBrowser } from './extension-browser';
import { copyBuild, type BuildCopy } from './extension-copy';
import { dialogOpen } from './page-probes';
import { githubToken } from './secrets';

/**
 * The popup reads the active tab's address through `activeTab`, which only a real toolbar click
 * grants. A private copy holding a host permission for the fixture site stands in for that grant.
 */
async function extensionWithSiteAccess(): Promise<{
  extension: ExtensionBrowser;
  copy: BuildCopy;
}> {
  const copy = await copyBuild(CHROME_BUILD, (manifest) => {
    manifest.host_permissions = ['http://127.0.0.1/*'];
  });
  return { extension: await launchChromium({ extensionDir: copy.dir }), copy };
}

/**
 * Opens the popup beside `site` in its window while `site` stays the active tab, as when the
 * toolbar button is pressed on that page.
 */
async function popupFor(context: BrowserContext, origin: string, site: Page): Promise<Page> {
  const helper = await context.newPage();
  await helper.goto(`${origin}/options.html`);
  const opened = context.waitForEvent('page');
  const siteUrl = site.url();
  await helper.evaluate(
    async ({ siteUrl, popupUrl }) => {
      const tabs = (globalThis as unknown as { chrome: { tabs: ChromeTabs } }).chrome.tabs;
      const [tab] = await tabs.query({ url: siteUrl });
      await tabs.update(tab?.id ?? -1, { active: true });
      await tabs.create({ url: popupUrl, active: false });
    },
    { siteUrl, popupUrl: `${origin}/popup.html` },
  );
  const popup = await opened;
  await helper.close();
  await popup.getByRole('heading', { name: 'This site' }).waitFor();
  return popup;
}

interface ChromeTabs {
  query(filter: { url: string }): Promise<{ id?: number }[]>;
  update(id: number, change: { active: boolean }): Promise<unknown>;
  create(tab: { url: string; active: boolean }): Promise<unknown>;
}

/** Pastes into the composer and says what the user then sees: the text, or the dialog's buttons. */
async function pasteOutcome(site: Page, token: string): Promise<string> {
  await site.locator('#textarea').fill('');
  await site.locator('#textarea').focus();
  await site.evaluate((value) => navigator.clipboard.writeText(value), token);
  await site.keyboard.press('ControlOrMeta+V');
  await expect
    .poll(
      async () =>
        (await site.evaluate(dialogOpen)) || (await site.locator('#textarea').inputValue()) !== '',
    )
    .toBe(true);
  if (await site.evaluate(dialogOpen)) {
    const buttons = await dialogButtonNames(site);
    await site.keyboard.press('Escape');
    await expect.poll(() => site.evaluate(dialogOpen)).toBe(false);
    return `dialog: ${buttons.join(', ')}`;
  }
  return 'pasted';
}

const GUARDED = 'dialog: Send as one-time link, Paste anyway, Cancel';
const BLOCKED = 'dialog: Send as one-time link, Cancel';

test('the popup switches the open tab between guarded, allowed and blocked at once', async ({
  site,
}) => {
  test.setTimeout(60_000);
  const { extension, copy } = await extensionWithSiteAccess();
  try {
    const context = extension.context as BrowserContext;
    const tab = await context.newPage();
    await tab.goto(site.url('/composers.html'));
    await tab.locator('#chat').waitFor();
    const host = new URL(site.origin).host;
    const token = githubToken();

    const popup = await popupFor(context, extension.extensionOrigin, tab);
    const modes = popup.getByRole('group', { name: `Mode for ${host}` });
    await expect(modes.getByRole('button', { name: 'Guarded' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await pasteOutcome(tab, token)).toBe(GUARDED);

    await modes.getByRole('button', { name: 'Allowed' }).click();
    await expect(popup.getByText(`${host}: Allowed.`)).toBeVisible();
    expect(await pasteOutcome(tab, token)).toBe('pasted');
    await expect(tab.locator('#textarea')).toHaveValue(token);

    await modes.getByRole('button', { name: 'Blocked' }).click();
    await expect(popup.getByText(`${host}: Blocked.`)).toBeVisible();
    expect(await pasteOutcome(tab, token)).toBe(BLOCKED);

    await modes.getByRole('button', { name: 'Guarded' }).click();
    await expect(popup.getByText(`${host}: Guarded.`)).toBeVisible();
    expect(await pasteOutcome(tab, token)).toBe(GUARDED);
  } finally {
    await extension.close();
    await copy.remove();
  }
});
