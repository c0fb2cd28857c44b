import { expect, test } from './fixtures';
import { dialogOpen } from './page-probes';
import { githubToken } from './secrets';

/** The frame's field: focused, or its value read. */
function framedField(act: 'focus' | 'value'): string | null {
  const field = document.querySelector('iframe')?.contentDocument?.querySelector('textarea');
  if (act === 'focus') field?.focus();
  return field ? field.value : null;
}

test('a secret pasted into a frame made from a blob: URL is warned about @firefox', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await page.goto(site.url('/fallback-frames.html'));
  await expect.poll(() => page.evaluate(framedField, 'value')).toBe('');
  await page.evaluate(framedField, 'focus');
  await page.paste(`the key ${githubToken()}`);
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(framedField, 'value')).toBe('');
  await page.close();
});

test('a secret pasted into a sandboxed srcdoc frame is warned about', async ({
  extension,
  site,
}) => {
  if (!extension.context) throw new Error('frames are driven in Chromium only');
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
  const token = githubToken();
  await page.evaluate((text) => navigator.clipboard.writeText(text), `the key ${token}`);
  await page.keyboard.press('ControlOrMeta+V');
  // The warning's host, at the frame's root.
  await expect(frame.locator(':root > div')).toHaveCount(1);
  expect(await frame.locator('#sandboxed').inputValue()).toBe('');
  await page.close();
});
