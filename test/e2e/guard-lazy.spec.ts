import { GUARD_SETTINGS_KEY } from '../../lib/settings/guard-cache';
import type { ExtPage } from './extension-browser';
import { configureExtension, expect, test } from './fixtures';
import { guardModuleLoads } from './guard-module';
import { dialogOpen, fieldText, hasCachedSettings } from './page-probes';
import { githubToken } from './secrets';

/**
 * The guard module loads on a frame's first focus on a field (entrypoints/content/bootstrap.ts).
 * A field the page makes editable while it already has the focus gets no such focus: the first
 * paste into it reaches a frame whose guard is not loaded yet, and must be held and decided.
 */
async function unlockedField(page: ExtPage, selector: '#late' | '#late-editor') {
  await page.focus(selector);
  await page.evaluate((selector) => {
    const element = document.querySelector(selector) as HTMLElement;
    if (element instanceof HTMLTextAreaElement) element.readOnly = false;
    else element.contentEditable = 'true';
  }, selector);
}

for (const selector of ['#late', '#late-editor'] as const) {
  test(`a clean first paste into ${selector}, with no earlier focus on a field, is inserted @firefox`, async ({
    extension,
    site,
  }) => {
    const page = await extension.newPage();
    await page.goto(site.url('/lazy.html'));
    await unlockedField(page, selector);
    await page.paste('nothing secret in here');
    await expect.poll(() => page.evaluate(fieldText, selector)).toBe('nothing secret in here');
    expect(await page.evaluate(dialogOpen, undefined)).toBe(false);
    await page.close();
  });

  test(`a first paste with a secret into ${selector}, with no earlier focus on a field, is warned about @firefox`, async ({
    extension,
    site,
  }) => {
    const page = await extension.newPage();
    await page.goto(site.url('/lazy.html'));
    await unlockedField(page, selector);
    await page.paste(`key: ${githubToken()}`);
    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
    expect(await page.evaluate(fieldText, selector)).toBe('');
    await page.press('Escape');
    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(false);
    expect(await page.evaluate(fieldText, selector)).toBe('');
    await page.close();
  });
}

// A guard a held paste loaded decides that paste on the settings kept on the device, and only
// then starts watching for changes (entrypoints/content/guard.ts).
test('a guard loaded by a paste with no earlier focus follows the settings changed after it @firefox', async ({
  extension,
  site,
  linkServer,
}) => {
  // As in a profile in use: the background has kept the guard's settings on the device.
  const helper = await extension.openExtensionPage('/popup.html');
  await expect.poll(() => helper.evaluate(hasCachedSettings, GUARD_SETTINGS_KEY)).toBe(true);
  await helper.close();
  const page = await extension.newPage();
  await page.goto(site.url('/lazy.html'));
  await unlockedField(page, '#late');
  await page.paste('nothing secret in here');
  await expect.poll(() => page.evaluate(fieldText, '#late')).toBe('nothing secret in here');
  const host = new URL(site.origin).host;
  await configureExtension(extension, {
    serverUrl: linkServer.url,
    siteRules: [{ pattern: host, mode: 'off' }],
  });
  try {
    // The change reaches the open page a moment after it is saved; until then a key is held.
    const token = githubToken();
    await expect
      .poll(async () => {
        if (await page.evaluate(dialogOpen, undefined)) await page.press('Escape');
        await page.evaluate(() => {
          (document.querySelector('#late') as HTMLTextAreaElement).value = '';
        }, undefined);
        await page.focus('#late');
        await page.paste(token);
        return page.evaluate(fieldText, '#late');
      })
      .toBe(token);
  } finally {
    await configureExtension(extension, { serverUrl: linkServer.url });
    await page.close();
  }
});

test('a page whose content security policy allows no script does not keep the guard from loading @firefox', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await page.goto(site.url('/strict-csp.html'));
  await page.focus('#field');
  await page.paste(`key: ${githubToken()}`);
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(fieldText, '#field')).toBe('');
  await page.close();
});

test('a page can neither fetch nor import the guard module at its extension address @firefox', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await page.goto(site.url('/lazy.html'));
  // Loaded in this frame first, so that a page probing afterwards would find it if it could.
  await unlockedField(page, '#late');
  await page.paste(`key: ${githubToken()}`);
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  const probe = await page.evaluate(async (url) => {
    const fetched = await fetch(url).then(
      (response) => `status ${response.status}`,
      () => 'refused',
    );
    const imported = await import(/* @vite-ignore */ url).then(
      () => 'imported',
      () => 'refused',
    );
    const listed = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('content-guard')).length;
    return { fetched, imported, listed };
  }, `${extension.extensionOrigin}/content-guard.js`);
  expect(probe).toEqual({ fetched: 'refused', imported: 'refused', listed: 0 });
  await page.close();
});

test('the guard module is not loaded in frames where no field took the focus', async ({
  extension,
  site,
}) => {
  const context = extension.context;
  test.skip(!context, "reads Chromium's debugger");
  const page = await (context as NonNullable<typeof context>).newPage();
  const { cdp, frames } = await guardModuleLoads(page);
  await page.goto(site.url('/frames.html'));
  // Clicks and keys that announce no paste, in the page and in its frames.
  await page.frameLocator('iframe[title="Frame 3"]').locator('button').click();
  await page.mouse.click(5, 5);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(500);
  expect(frames.size).toBe(0);

  // A field in the top page takes the focus: its guard loads, and only there.
  await page.evaluate(() => document.body.append(document.createElement('textarea')));
  await page.focus('textarea');
  await expect.poll(() => frames.size).toBe(1);
  const top = page.mainFrame();
  const topId = await cdp.send('Page.getFrameTree').then(({ frameTree }) => frameTree.frame.id);
  expect([...frames]).toEqual([topId]);
  expect(top.url()).toContain('/frames.html');
  await cdp.detach();
  await page.close();
});
