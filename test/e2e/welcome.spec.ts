/**
 * The first run: installing the extension opens the welcome page, which asks where links go,
 * tests the answer live and saves it; "Not now" leaves no server, and the dialog's Send as
 * one-time link then says so and leads back here. Each test launches its own browser, since the
 * install (at launch) is what is under test; the shared `extension` fixture closes this page.
 */
import { seriousViolations } from './axe';
import { launchChromium, launchFirefox, type ExtensionBrowser } from './extension-browser';
import { expect, test } from './fixtures';
import { dialogOpen, fieldText, openComposers } from './page-probes';
import { githubToken } from './secrets';
import { isDark } from './theme';

const WELCOME = '/welcome.html';

function launch(kind: string): Promise<ExtensionBrowser> {
  return kind === 'firefox' ? launchFirefox() : launchChromium();
}

/** Runs in an extension page: the stored link server, as the extension reads it back. */
async function storedServer(): Promise<string | undefined> {
  type Area = { get(key: string): Promise<Record<string, { serverUrl?: string } | undefined>> };
  const scope = globalThis as unknown as {
    browser?: { storage: { sync: Area } };
    chrome: { storage: { sync: Area } };
  };
  const { settings } = await (scope.browser ?? scope.chrome).storage.sync.get('settings');
  return settings?.serverUrl;
}

/** Runs in the welcome page: what the focused element is. */
function focused(): string {
  const element = document.activeElement as HTMLInputElement | null;
  return element ? `${element.tagName.toLowerCase()}:${element.value ?? ''}` : '';
}

test('the install opens the welcome page; by keyboard alone it finds our server and saves it @firefox', async ({
  browserKind,
  linkServer,
}) => {
  test.setTimeout(60_000);
  const extension = await launch(browserKind);
  try {
    const page = await extension.findPage(WELCOME);
    await page.bringToFront();
    await page.textOf('#server-url');
    // Tab reaches the choice; arrows move it; Tab again reaches the address.
    await page.press('Tab');
    expect(await page.evaluate(focused, undefined)).toBe('input:keywarden');
    await page.press('ArrowDown');
    expect(await page.evaluate(focused, undefined)).toBe('input:privatebin');
    await page.press('ArrowUp');
    await page.press('Tab');
    expect(await page.evaluate(focused, undefined)).toBe('input:');
    await page.typeText(linkServer.url);
    await page.press('Enter');
    await expect
      .poll(() => page.textOf('[data-testid="welcome-result"]'))
      .toMatch(/^Found a Keywarden server, version \d+\.\d+\.\d+\. Links will go to http/);
    expect(await page.evaluate(storedServer, undefined)).toBe(linkServer.url);
    await page.close();
  } finally {
    await extension.close();
  }
});

test('Not now leaves no server; the dialog and the popup then offer Choose a link server, which opens the page @firefox', async ({
  browserKind,
  site,
}) => {
  test.setTimeout(60_000);
  const extension = await launch(browserKind);
  try {
    const welcome = await extension.findPage(WELCOME);
    await welcome.bringToFront();
    await welcome.focus('input[value="keywarden"]');
    await welcome.press('ArrowDown');
    await welcome.press('ArrowDown'); // Not now
    await welcome.press('Tab');
    await welcome.press('Enter'); // Continue without a server
    await expect
      .poll(() => welcome.textOf('[data-testid="welcome-result"]'))
      .toContain('No link server for now');
    expect(await welcome.evaluate(storedServer, undefined)).toBeUndefined();
    await welcome.close();

    const page = await extension.newPage();
    await openComposers(page, site.url('/composers.html'));
    await page.focus('#textarea');
    await page.paste(githubToken());
    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
    await page.press('Enter'); // Send as one-time link
    // Nothing goes anywhere: the dialog stays, the field stays empty.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)), undefined);
    expect(await page.evaluate(dialogOpen, undefined)).toBe(true);
    expect(await page.evaluate(fieldText, '#textarea')).toBe('');
    // Retry has the focus; the next button chooses a server.
    await page.press('Tab');
    await page.press('Enter');
    const reopened = await extension.findPage(WELCOME);
    await reopened.textOf('#server-url');
    await reopened.close();
    await page.close();

    // The popup's Share a secret: the same reason, the same way on.
    const popup = await extension.openExtensionPage('/popup.html');
    // It says so before anyone tries.
    expect(await popup.textOf('[data-testid="no-server"]')).toContain('none is chosen yet');
    await popup.focus('#share-secret');
    await popup.typeText(githubToken());
    await popup.press('Enter');
    expect(await popup.textOf('[role="status"] .error')).toBe('No link server is set up yet.');
    await popup.focus('[role="status"] button');
    await popup.press('Enter'); // Choose a link server
    await (await extension.findPage(WELCOME)).textOf('#server-url');
  } finally {
    await extension.close();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the welcome page has no serious accessibility violations (${scheme})`, async ({
    extension,
  }) => {
    if (!extension.context) throw new Error('Chromium only');
    const page = await extension.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${extension.extensionOrigin}${WELCOME}`);
    await page.getByRole('heading', { name: 'Where should links go?' }).waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(isDark(background), background).toBe(scheme === 'dark');
    for (const choice of ['A Keywarden server', 'Not now']) {
      await page.getByRole('radio', { name: new RegExp(`^${choice}`) }).check();
      expect(await seriousViolations(page), choice).toEqual([]);
    }
    await page.close();
  });
}
