import { geckoId } from './extension-browser';
import { expect, test } from './fixtures';
import { dialogOpen, fieldText } from './page-probes';
import { githubToken } from './secrets';

test('a page that dispatches the events that stopped WXT-based guards cannot switch it off @firefox', async ({
  extension,
  site,
}) => {
  // The id a content script sees as runtime.id: the Chrome extension id, Firefox's gecko id.
  const chromeId = new URL(extension.extensionOrigin).host;
  const page = await extension.newPage();
  await page.goto(
    site.url(`/page-events.html?id=${chromeId}&id=${encodeURIComponent(await geckoId())}`),
  );
  // The page has flooded its events for a while before the paste and keeps on during it.
  await expect.poll(async () => Number(await page.textOf('#attacks'))).toBeGreaterThan(10);
  await page.focus('#textarea');
  const token = githubToken();
  await page.paste(`here you go ${token}`);

  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(fieldText, '#textarea')).toBe('');
  await page.close();
});
