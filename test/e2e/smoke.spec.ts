import { expect, test } from './fixtures';

const GUARDED_TITLE = 'Keywarden is guarding this page';

interface ToolbarApi {
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
  action?: { getTitle(details: { tabId: number }): Promise<string> };
  browserAction?: { getTitle(details: { tabId: number }): Promise<string> };
}

/** Runs in an extension page: the toolbar tooltip of every open tab. */
async function toolbarTitles(): Promise<string[]> {
  const scope = globalThis as unknown as { browser?: ToolbarApi; chrome: ToolbarApi };
  const api = scope.browser ?? scope.chrome;
  const action = api.action ?? api.browserAction;
  if (!action) throw new Error('No toolbar action API');
  const tabs = await api.tabs.query({});
  return Promise.all(tabs.map((tab) => action.getTitle({ tabId: tab.id ?? -1 })));
}

test.describe('the extension is alive @firefox', () => {
  test('popup and options pages render their Preact roots', async ({ extension }) => {
    const popup = await extension.openExtensionPage('/popup.html');
    expect(await popup.textOf('[data-testid="keywarden-root"] h1')).toBe('Keywarden');
    await popup.close();

    const options = await extension.openExtensionPage('/options.html');
    expect(await options.textOf('[data-testid="keywarden-root"] h1')).toBe('Keywarden options');
    await options.close();
  });

  test('the content script runs on a 127.0.0.1 page and reaches the background', async ({
    extension,
    site,
  }) => {
    const page = await extension.newPage();
    await page.goto(site.url('/smoke.html'));
    const status = await extension.openExtensionPage('/popup.html');
    await status.textOf('[data-testid="keywarden-root"]');
    await expect.poll(() => status.evaluate(toolbarTitles, undefined)).toContain(GUARDED_TITLE);
    await status.close();
    await page.close();
  });
});
