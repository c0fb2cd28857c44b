import { configureExtension, expect, test } from './fixtures';
import { dialogOpen, fieldText, untilDialogArmed } from './page-probes';
import { linksIn, revealLink } from './reader';
import { githubToken } from './secrets';

/** The page's own handle on the textarea inside its component's closed shadow root. */
const componentText = () =>
  (window as unknown as { composerField: HTMLTextAreaElement }).composerField.value;
const focusComponent = () =>
  (window as unknown as { composerField: HTMLTextAreaElement }).composerField.focus();
const received = () =>
  Array.from(document.querySelectorAll('#received li'), (li) => li.textContent);

test('a secret pasted into an editor inside a closed shadow root is held and converted @firefox', async ({
  extension,
  site,
  reader,
}) => {
  const page = await extension.newPage();
  await page.goto(site.url('/unplaced.html'));
  await page.evaluate(focusComponent, undefined);
  const token = githubToken();
  await page.paste(`key: ${token}`);

  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(componentText, undefined)).toBe('');
  await page.press('Enter');
  await expect.poll(() => page.evaluate(componentText, undefined)).toMatch(/^key: http/);
  const [link] = linksIn(await page.evaluate(componentText, undefined));
  expect(await revealLink(reader, link as string)).toBe(token);
  await page.close();
});

test('a secret pasted on an element that is no field is held, then reaches the page only as chosen @firefox', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await page.goto(site.url('/unplaced.html'));
  await page.focus('#paste-zone');
  const token = githubToken();
  await page.paste(`key: ${token}`);

  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(received, undefined)).toEqual([]);
  // Send as one-time link: the page's own paste handler gets the link, not the key.
  await page.press('Enter');
  await expect.poll(() => page.evaluate(received, undefined)).toHaveLength(1);
  const [text] = await page.evaluate(received, undefined);
  expect(text).toMatch(/^key: http/);
  expect(text).not.toContain(token);

  // Paste anyway hands the original paste to the same handler.
  await page.focus('#paste-zone');
  await page.paste(`again: ${token}`);
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  await untilDialogArmed();
  await page.press('Tab');
  await page.press('Enter');
  await expect.poll(() => page.evaluate(received, undefined)).toHaveLength(2);
  expect((await page.evaluate(received, undefined))[1]).toBe(`again: ${token}`);
  await page.close();
});

test('on a Blocked site a paste the guard cannot place is held with no way around', async ({
  extension,
  site,
  linkServer,
}) => {
  const origin = new URL(site.url('/')).host;
  await configureExtension(extension, {
    serverUrl: linkServer.url,
    siteRules: [{ pattern: origin, mode: 'block' }],
  });
  try {
    const page = await extension.newPage();
    await page.goto(site.url('/unplaced.html'));
    await page.focus('#paste-zone');
    await page.paste(`key: ${githubToken()}`);
    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
    // Tab goes from Send as link to Cancel: there is no Paste anyway.
    await page.press('Tab');
    await page.press('Enter');
    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(false);
    expect(await page.evaluate(received, undefined)).toEqual([]);
    await page.close();
  } finally {
    await configureExtension(extension, { serverUrl: linkServer.url });
  }
});

test('a key hidden in the HTML of a rich paste is caught, and only the visible text goes in @firefox', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await page.goto(site.url('/unplaced.html'));
  await page.focus('#rich');
  const token = githubToken();
  const html = `<p>See <a href="https://example.com/setup?token=${token}">the setup page</a><span style="display:none">${token}</span></p>`;
  await page.pasteRich('See the setup page', html);

  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(fieldText, '#rich')).toBe('');
  await page.press('Enter');
  await expect.poll(() => page.evaluate(fieldText, '#rich')).toBe('See the setup page');
  const markup = await page.evaluate(
    () => document.getElementById('rich')?.innerHTML ?? '',
    undefined,
  );
  expect(markup).not.toContain(token);
  await page.close();
});

test('a rich paste whose HTML holds nothing more than its text goes in untouched @firefox', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await page.goto(site.url('/unplaced.html'));
  await page.focus('#rich');
  await page.pasteRich(
    'Release notes for 2.3',
    '<h3 class="title" id="r23">Release notes for <a href="https://example.com/releases/2.3">2.3</a></h3>',
  );
  await expect.poll(() => page.evaluate(fieldText, '#rich')).toContain('Release notes for 2.3');
  expect(await page.evaluate(dialogOpen, undefined)).toBe(false);
  await page.close();
});
