/**
 * The site adapters against pages that mimic Slack's, Gmail's and GitHub's composers. The pages
 * are served at the real sites' addresses through Playwright's request routing (nothing leaves
 * the machine), so the content script picks the adapter by host exactly as it does in the wild,
 * and production code carries no test hook. The Gmail newline test is the witness: under the
 * generic adapter a plain Enter in a contenteditable counts as a send, and that test fails.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from './extension-browser';
import { expect, test } from './fixtures';
import { guardModuleLoads } from './guard-module';
import { dialogOpen, untilDialogArmed } from './page-probes';
import { holdMainThreadOnWarning, pressQueued, SPACE } from './queued-keys';
import { linksIn, revealLink } from './reader';
import { githubToken } from './secrets';

const PAGES = new URL('./pages/', import.meta.url).pathname;

interface Mimic {
  name: string;
  /** Where the page pretends to live: the host picks the adapter. */
  url: string;
  file: string;
  composer: string;
  sendKey: string;
  sendButton: string;
  /** A key that breaks the line in this composer and must never look like a send. */
  newlineKey: string;
}

const MIMICS: Mimic[] = [
  {
    name: 'Slack',
    url: 'https://app.slack.com/client/T01/C01',
    file: 'mimic-slack.html',
    composer: '[data-qa="message_input"] .ql-editor',
    sendKey: 'Enter',
    sendButton: '[data-qa="texty_send_button"]',
    newlineKey: 'Shift+Enter',
  },
  {
    name: 'Gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
    file: 'mimic-gmail.html',
    composer: 'div[aria-label="Message Body"]',
    sendKey: 'Control+Enter',
    sendButton: 'div[role="button"][data-tooltip^="Send"]',
    newlineKey: 'Enter',
  },
  {
    name: 'GitHub (classic form)',
    url: 'https://github.com/owner/repo/issues/1',
    file: 'mimic-github.html',
    composer: 'textarea[name="comment[body]"]',
    sendKey: 'Control+Enter',
    sendButton: '#classic button[type="submit"]',
    newlineKey: 'Enter',
  },
  {
    name: 'GitHub (React comment box)',
    url: 'https://github.com/owner/repo/pull/2',
    file: 'mimic-github.html',
    composer: 'textarea[aria-label="Markdown value"]',
    sendKey: 'Control+Enter',
    sendButton: '#react button',
    newlineKey: 'Enter',
  },
];

/** A plain Playwright page in the extension's browser: these flows need trusted mouse clicks. */
async function newRawPage(extension: ExtensionBrowser): Promise<Page> {
  if (!extension.context) throw new Error('the adapter tests run in Chromium only');
  return extension.context.newPage();
}

/** Serves a mimic page (and its script) at the real site's origin, for this page only. */
async function openMimic(page: Page, mimic: Mimic): Promise<void> {
  const origin = new URL(mimic.url).origin;
  await page.route(`${origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const script = path.endsWith('.js') ? path.slice(path.lastIndexOf('/') + 1) : undefined;
    if (script && !/^mimic-[a-z]+\.js$/.test(script)) return route.fulfill({ status: 404 });
    await route.fulfill({
      contentType: script ? 'text/javascript' : 'text/html',
      body: await readFile(PAGES + (script ?? mimic.file)),
    });
  });
  await page.goto(mimic.url);
  await page.locator(mimic.composer).waitFor();
}

const composerText = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluate((element) =>
      element instanceof HTMLTextAreaElement ? element.value : (element as HTMLElement).innerText,
    );
const sent = (page: Page) => page.locator('#sent li').allTextContents();
const isDialogOpen = (page: Page) => page.evaluate(dialogOpen);

/** Types a message with a secret, tries to send it with `send`, and converts in place. */
async function stopAndConvert(page: Page, mimic: Mimic, send: () => Promise<void>) {
  const token = githubToken();
  await page.locator(mimic.composer).focus();
  await page.keyboard.type(`deploy key ${token} thanks`);
  await send();
  await expect.poll(() => isDialogOpen(page)).toBe(true);
  expect(await sent(page)).toEqual([]);
  await page.keyboard.press('Enter'); // "Send as one-time link" has the focus
  await expect.poll(() => composerText(page, mimic.composer)).toMatch(/^deploy key http\S+ thanks/);
  expect(await composerText(page, mimic.composer)).not.toContain(token);
  return token;
}

/**
 * A keyboard user's send: Tab from the composer to the send button, then a key on it. Gmail's
 * button acts on the key itself (Enter on keydown, Space on keyup), so there only the guard's
 * keydown hook stands between the key and the send (both Gmail cases fail without it); native
 * buttons are also covered by the click, or in a form the submit, that the key produces.
 */
async function pressOnSendButton(page: Page, mimic: Mimic, key: 'Enter') {
  await page.locator(mimic.composer).focus();
  await tabToSendButton(page, mimic);
  await page.keyboard.press(key);
}

async function tabToSendButton(page: Page, mimic: Mimic) {
  await page.keyboard.press('Tab');
  await expect(page.locator(mimic.sendButton)).toBeFocused();
}

/** The one message the site sent: a link where `token` was typed, the rest as typed. */
async function onlyMessageSentAsLink(page: Page, token: string): Promise<string> {
  await expect.poll(() => sent(page)).toHaveLength(1);
  const [message = ''] = await sent(page);
  expect(message).toMatch(/^deploy key http\S+ thanks$/);
  expect(message).not.toContain(token);
  return message;
}

for (const mimic of MIMICS) {
  test.describe(`${mimic.name} adapter`, () => {
    test(`a typed secret is stopped on ${mimic.sendKey} and sent as a link`, async ({
      extension,
      reader,
    }) => {
      const page = await newRawPage(extension);
      await openMimic(page, mimic);
      const token = await stopAndConvert(page, mimic, () => page.keyboard.press(mimic.sendKey));
      await page.keyboard.press(mimic.sendKey);
      const message = await onlyMessageSentAsLink(page, token);
      expect(await revealLink(reader, linksIn(message)[0] as string)).toBe(token);
      await page.close();
    });

    test('a typed secret is stopped on the send button and sent as a link', async ({
      extension,
    }) => {
      const page = await newRawPage(extension);
      await openMimic(page, mimic);
      const token = await stopAndConvert(page, mimic, () => page.click(mimic.sendButton));
      await page.click(mimic.sendButton);
      await onlyMessageSentAsLink(page, token);
      await page.close();
    });

    test('"send anyway" replays the send key the site listens for', async ({ extension }) => {
      const page = await newRawPage(extension);
      await openMimic(page, mimic);
      const token = githubToken();
      await page.locator(mimic.composer).focus();
      await page.keyboard.type(`key ${token}`);
      await page.keyboard.press(mimic.sendKey);
      await expect.poll(() => isDialogOpen(page)).toBe(true);
      await untilDialogArmed();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => sent(page)).toEqual([`key ${token}`]);
      await page.close();
    });

    test('Enter on the focused send button stops a typed secret, and it is sent as a link', async ({
      extension,
    }) => {
      const page = await newRawPage(extension);
      await openMimic(page, mimic);
      const token = await stopAndConvert(page, mimic, () =>
        pressOnSendButton(page, mimic, 'Enter'),
      );
      await pressOnSendButton(page, mimic, 'Enter');
      await onlyMessageSentAsLink(page, token);
      await page.close();
    });

    test('Space on the focused send button stops a typed secret; "send anyway" sends it as typed', async ({
      extension,
    }) => {
      const page = await newRawPage(extension);
      await openMimic(page, mimic);
      const token = githubToken();
      await page.locator(mimic.composer).focus();
      await page.keyboard.type(`key ${token}`);
      await tabToSendButton(page, mimic);
      // Space's release comes before the dialog is drawn: Closure buttons send on it.
      await holdMainThreadOnWarning(page);
      await pressQueued(page, [SPACE]);
      await expect.poll(() => isDialogOpen(page)).toBe(true);
      expect(await sent(page)).toEqual([]);
      await untilDialogArmed();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => sent(page)).toEqual([`key ${token}`]);
      await page.close();
    });

    test(`${mimic.newlineKey} breaks the line and does not wake the guard`, async ({
      extension,
    }) => {
      const page = await newRawPage(extension);
      const guard = await guardModuleLoads(page);
      await openMimic(page, mimic);
      const token = githubToken();
      await page.locator(mimic.composer).focus();
      // Typed at machine speed before the guard has loaded, the Enter would be held and given
      // back after the keys typed meanwhile, and an editor takes it where its caret is by then
      // (docs/architecture.md, "Held until loaded").
      await expect.poll(() => guard.frames.size).toBe(1);
      await guard.cdp.detach();
      await page.keyboard.type(`first line ${token}`);
      await page.keyboard.press(mimic.newlineKey);
      await page.keyboard.type('second line');
      await page.waitForTimeout(500);
      expect(await isDialogOpen(page)).toBe(false);
      expect(await sent(page)).toEqual([]);
      expect(await composerText(page, mimic.composer)).toMatch(/first line \S+\n+second line/);
      await page.close();
    });
  });
}
