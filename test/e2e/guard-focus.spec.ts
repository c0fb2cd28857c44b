import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from './extension-browser';
import { expect, test } from './fixtures';
import { dialogOpen, untilDialogArmed } from './page-probes';
import { CONTROL_V, ENTER, holdMainThreadOnWarning, pressQueued, TAB } from './queued-keys';
import { GITHUB_TOKEN_TITLE, githubToken } from './secrets';
import type { FixtureSite } from './site';

/**
 * The dialog lives in a closed shadow root, which no page script and no Playwright locator can
 * enter; the browser's accessibility tree, read over CDP, sees it as a user's screen reader does.
 */
async function accessibleTree(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.map((node) => ({
      role: String(node.role?.value ?? ''),
      name: String(node.name?.value ?? ''),
      focused: !!node.properties?.some((p) => p.name === 'focused' && p.value.value === true),
    }));
  } finally {
    await cdp.detach();
  }
}

/** The composers fixture in a raw Playwright page, for tests that need Chromium's CDP. */
async function composersOverCdp(
  extension: ExtensionBrowser,
  site: FixtureSite,
  why: string,
): Promise<Page> {
  const context = extension.context;
  if (!context) throw new Error(`${why}: Chromium only`);
  const page = await context.newPage();
  await page.goto(site.url('/composers.html'));
  await page.locator('#chat').waitFor();
  return page;
}

async function focusedButton(page: Page): Promise<string> {
  const focused = (await accessibleTree(page)).filter((n) => n.focused && n.role === 'button');
  return focused.map((n) => n.name).join(' | ');
}

test('the dialog keeps the focus among its buttons and gives it back to the field', async ({
  extension,
  site,
}) => {
  const page = await composersOverCdp(extension, site, 'reads the accessibility tree over CDP');
  await page.focus('#textarea');
  await page.evaluate((value) => navigator.clipboard.writeText(value), `key ${githubToken()}`);
  await page.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => page.evaluate(dialogOpen)).toBe(true);

  // The title comes from the background: the content script's build carries no rule titles.
  await expect
    .poll(async () => (await accessibleTree(page)).some((n) => n.name === GITHUB_TOKEN_TITLE))
    .toBe(true);
  await expect.poll(() => focusedButton(page)).toBe('Send as one-time link');
  const order = ['Paste anyway', 'Cancel', 'Send as one-time link', 'Paste anyway'];
  for (const name of order) {
    await page.keyboard.press('Tab');
    expect(await focusedButton(page)).toBe(name);
  }
  for (const name of ['Send as one-time link', 'Cancel', 'Paste anyway']) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusedButton(page)).toBe(name);
  }
  expect(
    await page.evaluate(() => document.activeElement === document.querySelector(':root > div')),
  ).toBe(true);

  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(dialogOpen)).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('textarea');
  expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe('');
  await page.close();
});

// The dialog is drawn in the frame after the paste; keys typed in between must answer it too,
// except that "Paste anyway" takes no key until the dialog has been seen a moment.
test('keys pressed right after the paste act in the dialog, never in the field', async ({
  extension,
  site,
}) => {
  const page = await composersOverCdp(extension, site, 'queues key presses over CDP');
  await holdMainThreadOnWarning(page);
  const text = `key ${githubToken()}`;
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  const field = () => document.querySelector('textarea')?.value;

  await page.focus('#textarea');
  await pressQueued(page, [CONTROL_V, ENTER]);
  await expect.poll(() => page.evaluate(field)).toMatch(/^key http\S+$/);

  await page.evaluate(
    () => ((document.querySelector('textarea') as HTMLTextAreaElement).value = ''),
  );
  await page.focus('#textarea');
  await pressQueued(page, [CONTROL_V, TAB, ENTER]);
  await expect.poll(() => page.evaluate(dialogOpen)).toBe(true);
  expect(await page.evaluate(field)).toBe('');
  await untilDialogArmed();
  expect(await page.evaluate(field)).toBe('');
  // Tab moved the focus to "Paste anyway"; now Enter presses it.
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(field)).toBe(text);
  await page.close();
});
