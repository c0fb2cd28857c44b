import { configureExtension, expect, test } from './fixtures';
import { dialogOpen, fieldText, openComposers, untilDialogArmed } from './page-probes';
import { linksIn, revealLink } from './reader';
import { githubToken } from './secrets';

test('Paste anyway inserts the original text', async ({ extension, site }) => {
  const page = await extension.newPage();
  await openComposers(page, site.url('/composers.html'));
  const text = `token ${githubToken()}`;
  await page.focus('#textarea');
  await page.paste(text);
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  await untilDialogArmed();
  await page.press('Tab');
  await page.press('Enter');
  await expect.poll(() => page.evaluate(fieldText, '#textarea')).toBe(text);
  await page.close();
});

test('Cancel inserts nothing and gives the focus back to the field', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await openComposers(page, site.url('/composers.html'));
  await page.focus('#input');
  await page.paste(githubToken());
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  await page.press('Escape');
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(false);
  expect(await page.evaluate(fieldText, '#input')).toBe('');
  expect(await page.evaluate(() => document.activeElement?.id, undefined)).toBe('input');
  expect(await page.textOf('#pastes')).toBe('0');
  await page.close();
});

test('a typed secret is stopped on Enter and sent as a link instead', async ({
  extension,
  site,
  reader,
}) => {
  const page = await extension.newPage();
  await openComposers(page, site.url('/composers.html'));
  const token = githubToken();
  await page.focus('#chat');
  await page.typeText(`the key is ${token}`);
  await page.press('Enter');
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(() => document.querySelectorAll('#sent li').length, undefined)).toBe(
    0,
  );
  await page.press('Enter');
  await expect.poll(() => page.evaluate(fieldText, '#chat')).toMatch(/^the key is http/);
  await page.press('Enter');
  await expect.poll(() => page.evaluate(fieldText, '#sent li')).toMatch(/^the key is http/);
  const sent = await page.evaluate(fieldText, '#sent li');
  expect(sent).not.toContain(token);
  expect(await revealLink(reader, linksIn(sent)[0] as string)).toBe(token);
  await page.close();
});

test('an unreachable server inserts nothing and offers Retry', async ({
  extension,
  site,
  linkServer,
  reader,
}) => {
  await configureExtension(extension, { serverUrl: 'http://127.0.0.1:9' });
  try {
    const page = await extension.newPage();
    await openComposers(page, site.url('/composers.html'));
    const token = githubToken();
    await page.focus('#textarea');
    await page.paste(token);
    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
    await page.press('Enter');
    // The dialog stays; nothing reached the field, least of all the secret.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)), undefined);
    expect(await page.evaluate(dialogOpen, undefined)).toBe(true);
    expect(await page.evaluate(fieldText, '#textarea')).toBe('');

    await configureExtension(extension, { serverUrl: linkServer.url });
    await page.press('Enter'); // Retry has the focus
    await expect.poll(() => page.evaluate(fieldText, '#textarea')).toMatch(/^http/);
    const link = linksIn(await page.evaluate(fieldText, '#textarea'))[0] as string;
    expect(await revealLink(reader, link)).toBe(token);
    await page.close();
  } finally {
    await configureExtension(extension, { serverUrl: linkServer.url });
  }
});

test('page scripts cannot reach or press the dialog', async ({ extension, site }) => {
  const page = await extension.newPage();
  await openComposers(page, site.url('/composers.html'));
  await page.focus('#textarea');
  await page.paste(githubToken());
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  const reach = await page.evaluate(() => {
    const host = document.querySelector(':root > div') as HTMLElement;
    const enter = { key: 'Enter', bubbles: true, composed: true };
    host.dispatchEvent(new KeyboardEvent('keydown', enter));
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', enter));
    host.click();
    return { shadowRoot: host.shadowRoot };
  }, undefined);
  expect(reach.shadowRoot).toBeNull();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)), undefined);
  expect(await page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(fieldText, '#textarea')).toBe('');
  await page.close();
});

test('a 10 MB paste with a secret at its end is still caught', async ({ extension, site }) => {
  const page = await extension.newPage();
  await openComposers(page, site.url('/composers.html'));
  const filler = 'log line: request served in 12 ms from cache\n'.repeat(230_000);
  await page.focus('#textarea');
  await page.paste(`${filler}token=${githubToken()}\n`);
  await expect.poll(() => page.evaluate(dialogOpen, undefined), { timeout: 20_000 }).toBe(true);
  await page.press('Escape');
  expect(await page.evaluate(fieldText, '#textarea')).toBe('');
  await page.close();
});

test('a secret dropped into a field is held and converted like a paste', async ({
  extension,
  site,
  reader,
}) => {
  const context = extension.context;
  if (!context) throw new Error('needs the Playwright Chromium context');
  const page = await context.newPage();
  await page.goto(site.url('/composers.html'));
  const token = githubToken();
  await page
    .locator('#drag-source')
    .evaluate((element, text) => ((element as HTMLElement).dataset.text = text), `key ${token}`);
  // Playwright replays the drag through the browser's input pipeline: the drop is trusted.
  await page.dragAndDrop('#drag-source', '#textarea');
  await expect.poll(() => page.evaluate(dialogOpen)).toBe(true);
  expect(await page.locator('#textarea').inputValue()).toBe('');
  await page.keyboard.press('Enter');
  await expect(page.locator('#textarea')).toHaveValue(/^key http/);
  const link = linksIn(await page.locator('#textarea').inputValue())[0] as string;
  expect(await revealLink(reader, link)).toBe(token);
  await page.close();
});
