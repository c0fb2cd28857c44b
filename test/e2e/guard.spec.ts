import { expect, test } from './fixtures';
import { dialogOpen, fieldText, openComposers } from './page-probes';
import { linksIn, revealLink } from './reader';
import { githubToken } from './secrets';

for (const field of ['#textarea', '#rich']) {
  test(`a secret pasted into ${field} becomes a one-time link that reveals once @firefox`, async ({
    extension,
    site,
    reader,
  }) => {
    const page = await extension.newPage();
    await openComposers(page, site.url('/composers.html'));
    const token = githubToken();
    await page.focus(field);
    await page.paste(`deploy with ${token} please`);

    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
    expect(await page.evaluate(fieldText, field)).toBe('');
    // Focus sits on "Send as one-time link": Enter converts.
    await page.press('Enter');

    await expect.poll(() => page.evaluate(fieldText, field)).toMatch(/^deploy with http/);
    const text = await page.evaluate(fieldText, field);
    expect(text).not.toContain(token);
    expect(text).toMatch(/ please$/);
    expect(await page.evaluate(dialogOpen, undefined)).toBe(false);
    const [link] = linksIn(text);
    expect(link).toBeDefined();
    expect(await revealLink(reader, link as string)).toBe(token);
    expect(await revealLink(reader, link as string)).toBe('gone');
    await page.close();
  });
}

test('a clean paste reaches the page untouched @firefox', async ({ extension, site }) => {
  const page = await extension.newPage();
  await openComposers(page, site.url('/composers.html'));
  await page.focus('#textarea');
  await page.paste('nothing secret here, see you at 10');
  await expect
    .poll(() => page.evaluate(fieldText, '#textarea'))
    .toBe('nothing secret here, see you at 10');
  expect(await page.textOf('#pastes')).toBe('1');
  expect(await page.evaluate(dialogOpen, undefined)).toBe(false);
  await page.close();
});
