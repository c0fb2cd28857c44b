import { expect, test } from './fixtures';
import { dialogOpen } from './page-probes';
import { githubToken } from './secrets';

/**
 * document.open() takes every listener off a window and its document, the content script's too
 * (entrypoints/content/bootstrap.ts puts them back). In the page's own document or its frame's.
 */
function writtenField(act: 'focus' | 'value'): string | null {
  const frame = document.querySelector('iframe')?.contentDocument;
  const field = (frame ?? document).querySelector<HTMLTextAreaElement>('#field');
  if (act === 'focus') field?.focus();
  return field ? field.value : null;
}

for (const written of ['page', 'frame'] as const) {
  test(`a secret pasted into a ${written} written with document.open() is warned about @firefox`, async ({
    extension,
    site,
  }) => {
    const page = await extension.newPage();
    await page.goto(site.url(`/rewritten.html?write=${written}`));
    await expect.poll(() => page.evaluate(writtenField, 'value')).toBe('');
    await page.evaluate(writtenField, 'focus');
    await page.paste(`the key ${githubToken()}`);
    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
    expect(await page.evaluate(writtenField, 'value')).toBe('');
    await page.close();
  });
}

test('a clean paste into a page written with document.open() goes in once @firefox', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await page.goto(site.url('/rewritten.html?write=page'));
  await expect.poll(() => page.evaluate(writtenField, 'value')).toBe('');
  await page.evaluate(writtenField, 'focus');
  await page.paste('nothing secret here');
  await expect.poll(() => page.evaluate(writtenField, 'value')).toBe('nothing secret here');
  await page.paste(`the key ${githubToken()}`);
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(writtenField, 'value')).toBe('nothing secret here');
  await page.close();
});
