/**
 * PrivateBin as the link server: the extension seals links that PrivateBin 2.0.6's own page (its
 * own decryption code, run by a reader without Keywarden) opens once.
 */
import type { Browser } from '@playwright/test';
import { fake } from '../../detectors/fake';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { startPrivateBin, type RunningPrivateBin } from '../server/privatebin-server';
import type { ExtPage } from './extension-browser';
import { configureExtension, expect, test } from './fixtures';
import { dialogOpen, fieldText, openComposers } from './page-probes';
import { githubToken } from './secrets';

let pb: RunningPrivateBin;
const share = (views: number) => ({ ...DEFAULT_SETTINGS.share, views });

test.beforeAll(async ({ extension }) => {
  pb = await startPrivateBin();
  // Loopback: no origin to grant. Three views by default: the dialog still makes one-view links.
  await configureExtension(extension, { serverUrl: pb.url, share: share(3) });
});

test.afterAll(async ({ extension, linkServer }) => {
  await configureExtension(extension, { serverUrl: linkServer.url });
  await pb?.stop();
});

const privateBinLinks = (text: string) =>
  text.match(/https?:\/\/[^\s?#]+\/\?[a-f0-9]{16}#-[1-9A-HJ-NP-Za-km-z]+/g) ?? [];

/** Opens a link in PrivateBin's own page, in a fresh context; returns what it shows, or 'gone'. */
async function openInPrivateBin(reader: Browser, link: string, password?: string) {
  const context = await reader.newContext();
  try {
    const page = await context.newPage();
    await page.goto(link);
    // The `#-` link asks first: loading the page (a link preview) burns nothing. Bootstrap ignores
    // a modal's hide() while it still slides in (the modal would then stay over the password
    // prompt), so the question is answered once it is fully shown, as a person would.
    await page.waitForFunction(() => {
      const dialog = document.querySelector('#loadconfirmmodal.show .modal-dialog');
      return !!dialog && getComputedStyle(dialog).transform === 'none';
    });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await page.locator('#loadconfirm-open-now').click();
    const shown = page.locator('#prettymessage:not(.hidden), #plaintext:not(.hidden)');
    const gone = page.locator('#errormessage:not(.hidden)', { hasText: 'does not exist' });
    if (password !== undefined) {
      // PrivateBin asks for the password once its first attempt without one has failed.
      await page.locator('#passwordmodal.show').or(gone).first().waitFor();
      if (await gone.count()) return 'gone';
      // The confirm dialog may still be fading out over it: submit with the keyboard.
      await page.locator('#loadconfirmmodal').waitFor({ state: 'hidden' });
      await page.locator('#passworddecrypt').fill(password);
      await page.locator('#passworddecrypt').press('Enter');
    }
    await shown.or(gone).first().waitFor();
    return (await shown.count()) > 0 ? ((await shown.first().innerText()) ?? '').trim() : 'gone';
  } finally {
    await context.close();
  }
}

test('a pasted key becomes a PrivateBin link that its own page opens once @firefox', async ({
  extension,
  site,
  reader,
}) => {
  const page = await extension.newPage();
  await openComposers(page, site.url('/composers.html'));
  const token = githubToken();
  await page.focus('#textarea');
  await page.paste(`deploy with ${token} please`);
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  await page.press('Enter');
  await expect.poll(() => page.evaluate(fieldText, '#textarea')).toMatch(/^deploy with http/);
  const text = await page.evaluate(fieldText, '#textarea');
  expect(text).not.toContain(token);
  expect(text).toMatch(/ please$/);
  const [link] = privateBinLinks(text);
  expect(link?.startsWith(pb.url + '?')).toBe(true);
  expect(await openInPrivateBin(reader, link as string)).toBe(token);
  expect(await openInPrivateBin(reader, link as string)).toBe('gone');
  await page.close();
});

async function shareFromPopup(popup: ExtPage, secret: string, passphrase?: string) {
  await popup.focus('#share-secret');
  await popup.typeText(secret);
  if (passphrase !== undefined) {
    await popup.focus('#share-passphrase');
    await popup.typeText(passphrase);
  }
  await popup.focus('#share-secret');
  await popup.press('Enter');
}

const linkValue = () => document.querySelector<HTMLInputElement>('#share-link')?.value ?? '';
const errorText = () => document.querySelector('[role="status"] .error')?.textContent ?? '';

for (const passphrase of [undefined, 'correct horse battery']) {
  test(`the popup's Share a secret ${passphrase ? 'with' : 'without'} a passphrase @firefox`, async ({
    extension,
    reader,
  }) => {
    // Two popups, two key derivations in the extension and two in the reader's page.
    test.slow(extension.kind === 'firefox');
    const popup = await extension.openExtensionPage('/popup.html');
    await popup.textOf('[data-testid="keywarden-root"] h1');
    // The popup starts from the default of three views: PrivateBin cannot, and says so.
    await shareFromPopup(popup, 'first try', passphrase);
    await expect.poll(() => popup.evaluate(errorText, undefined)).toContain('choose 1 view');
    await popup.close();

    await configureExtension(extension, { serverUrl: pb.url, share: share(1) });
    const again = await extension.openExtensionPage('/popup.html');
    await again.textOf('[data-testid="keywarden-root"] h1');
    const secret = 'popup ' + fake(17).chars(24);
    await shareFromPopup(again, secret, passphrase);
    await expect.poll(() => again.evaluate(linkValue, undefined)).toMatch(/#-/);
    const link = await again.evaluate(linkValue, undefined);
    await again.close();
    await configureExtension(extension, { serverUrl: pb.url, share: share(3) });
    expect(await openInPrivateBin(reader, link, passphrase)).toBe(secret);
    expect(await openInPrivateBin(reader, link, passphrase)).toBe('gone');
  });
}

test('Test connection says which kind of server answers', async ({ extension, linkServer }) => {
  test.skip(!extension.context, 'driven with Playwright locators: Chromium');
  const page = await (extension.context as NonNullable<typeof extension.context>).newPage();
  await page.goto(`${extension.extensionOrigin}/options.html`);
  const result = page.getByTestId('connection-result');
  for (const [url, found] of [
    [pb.url, 'Connected: a PrivateBin instance.'],
    [linkServer.url, 'Connected: a Keywarden server.'],
  ] as const) {
    await page.locator('#server-url').fill(url);
    await page.getByRole('button', { name: 'Save and test connection' }).click();
    await expect(result).toContainText(found);
  }
  await configureExtension(extension, { serverUrl: pb.url, share: share(3) });
  await page.close();
});
