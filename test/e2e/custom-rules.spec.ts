/**
 * A custom rule saved before the shape check refused it (or imported, or set by policy) must not
 * freeze the tab it runs in, nor take the user's other rules with it: the background hands the
 * content script only accepted rules, and the options page says why the other one is not used.
 */
import { fake } from '../../detectors/fake';
import { configureExtension, expect, test } from './fixtures';
import { dialogOpen, fieldText, openComposers } from './page-probes';

test.afterEach(async ({ extension, linkServer }) => {
  await configureExtension(extension, { serverUrl: linkServer.url });
});

test('a stored rule that could freeze the tab is skipped, the others still run @firefox', async ({
  extension,
  linkServer,
  site,
}) => {
  await configureExtension(extension, {
    serverUrl: linkServer.url,
    customRules: [
      { id: 'acme-key', title: 'Acme key', pattern: 'acme_[a-z0-9]{24}' },
      // Accepted by the old check; on a 2,000-character line of letters it backtracks for hours.
      { id: 'slow', title: 'Slow', pattern: '\\w*\\w*\\w*\\w*!' },
    ],
  });

  const page = await extension.newPage();
  await openComposers(page, site.url('/composers.html'));
  const letters = 'a'.repeat(3000);
  await page.focus('#textarea');
  await page.paste(letters);
  await expect.poll(() => page.evaluate(fieldText, '#textarea')).toBe(letters);
  expect(await page.evaluate(dialogOpen, undefined)).toBe(false);

  await page.evaluate((selector) => {
    const field = document.querySelector<HTMLTextAreaElement>(selector);
    if (field) field.value = '';
  }, '#textarea');
  const token = 'acme' + '_' + fake(43).chars(24, 'abcdefghijklmnopqrstuvwxyz0123456789');
  await page.paste(`key: ${token}`);
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  await page.press('Escape');
  await page.close();

  const options = await extension.openExtensionPage('/options.html');
  expect(await options.textOf('[data-testid="rule-problem"]')).toBe(
    ' Not used: the pattern has repeats that can match the same text in too many ways, which can freeze the page.',
  );
  await options.close();
});
