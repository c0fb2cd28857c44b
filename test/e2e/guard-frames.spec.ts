import type { ExtPage } from './extension-browser';
import { expect, test } from './fixtures';
import { dialogOpen, framedField } from './page-probes';
import { githubToken } from './secrets';

/**
 * Frames whose field a page makes in ways that once left them unguarded: an about:blank frame
 * written with document.open(), which takes every listener off its window and document (as
 * CKEditor 4 and older TinyMCE write their editing frame), and a frame made from a blob: URL,
 * which has no http(s) address (the manifest's match_origin_as_fallback).
 */
const FRAMES = [
  { page: '/rewritten.html', frame: 'an about:blank frame written with document.open()' },
  { page: '/fallback-frames.html', frame: 'a frame made from a blob: URL' },
];

async function focusFramedField(page: ExtPage, url: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => page.evaluate(framedField, 'value')).toBe('');
  await page.evaluate(framedField, 'focus');
}

for (const { page: path, frame } of FRAMES) {
  test(`a secret pasted into ${frame} is warned about @firefox`, async ({ extension, site }) => {
    const page = await extension.newPage();
    await focusFramedField(page, site.url(path));
    await page.paste(`the key ${githubToken()}`);
    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
    expect(await page.evaluate(framedField, 'value')).toBe('');
    await page.close();
  });
}

test('a clean paste into a frame written with document.open() goes in once @firefox', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await focusFramedField(page, site.url('/rewritten.html'));
  await page.paste('nothing secret here');
  await expect.poll(() => page.evaluate(framedField, 'value')).toBe('nothing secret here');
  await page.paste(`the key ${githubToken()}`);
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(framedField, 'value')).toBe('nothing secret here');
  await page.close();
});

test('a secret pasted into a sandboxed srcdoc frame is warned about', async ({
  extension,
  site,
}) => {
  if (!extension.context) throw new Error('frames out of the page’s reach are driven in Chromium');
  const page = await extension.context.newPage();
  await page.goto(site.url('/fallback-frames.html'));
  // Scripts but not its parent's origin: an opaque origin, out of the parent's reach.
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.srcdoc = '<textarea id="sandboxed" aria-label="Sandboxed"></textarea>';
    document.body.prepend(frame);
  });
  const frame = page.frameLocator('iframe[sandbox]');
  await frame.locator('#sandboxed').focus();
  await page.evaluate((text) => navigator.clipboard.writeText(text), `the key ${githubToken()}`);
  await page.keyboard.press('ControlOrMeta+V');
  // The warning's host, at the frame's root.
  await expect(frame.locator(':root > div')).toHaveCount(1);
  expect(await frame.locator('#sandboxed').inputValue()).toBe('');
  await page.close();
});
