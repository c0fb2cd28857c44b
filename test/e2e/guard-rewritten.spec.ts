import { expect, test } from './fixtures';
import { dialogOpen } from './page-probes';
import { githubToken } from './secrets';

/**
 * document.open() takes every listener off a window and its document, the content script's too:
 * entrypoints/content/bootstrap.ts puts them back in an about:blank frame its parent writes so.
 */
function writtenField(act: 'focus' | 'value'): string | null {
  const field = document.querySelector('iframe')?.contentDocument?.querySelector('textarea');
  if (act === 'focus') field?.focus();
  return field ? field.value : null;
}

test('a secret pasted into a frame written with document.open() is warned about @firefox', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await page.goto(site.url('/rewritten.html'));
  await expect.poll(() => page.evaluate(writtenField, 'value')).toBe('');
  await page.evaluate(writtenField, 'focus');
  await page.paste(`the key ${githubToken()}`);
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(writtenField, 'value')).toBe('');
  await page.close();
});

test('a clean paste into a frame written with document.open() goes in once @firefox', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await page.goto(site.url('/rewritten.html'));
  await expect.poll(() => page.evaluate(writtenField, 'value')).toBe('');
  await page.evaluate(writtenField, 'focus');
  await page.paste('nothing secret here');
  await expect.poll(() => page.evaluate(writtenField, 'value')).toBe('nothing secret here');
  await page.paste(`the key ${githubToken()}`);
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(writtenField, 'value')).toBe('nothing secret here');
  await page.close();
});
