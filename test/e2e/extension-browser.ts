/**
 * One small interface over the two ways the suite drives a browser with the built extension:
 * Playwright's persistent Chromium context, and Debian's firefox-esr through puppeteer-core over
 * WebDriver BiDi (Playwright cannot drive a stock Firefox). Specs written against it run in both.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { chromiumLaunchArgs, findChromium, findFirefox } from './browsers';

export type BrowserKind = 'chromium' | 'firefox';

export const CHROME_BUILD = new URL('../../.output/chrome-mv3/', import.meta.url).pathname;
export const FIREFOX_BUILD = new URL('../../.output/firefox-mv2/', import.meta.url).pathname;

/** The calls specs need from a page, common to Playwright and Puppeteer. */
export interface ExtPage {
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Text of the first element matching `selector`, waiting for it to appear. */
  textOf(selector: string): Promise<string>;
  focus(selector: string): Promise<void>;
  /** A real keyboard press (trusted events), e.g. 'Enter', 'Escape', 'Tab'. */
  press(key: string): Promise<void>;
  typeText(text: string): Promise<void>;
  /** A real paste: the text goes on this browser's clipboard, then Control+V. */
  paste(text: string): Promise<void>;
  /** A real paste of rich text: `html` and its plain `text` on the clipboard, then Control+V. */
  pasteRich(text: string, html: string): Promise<void>;
  /** A real mouse click (trusted events) at a point of the viewport, in CSS pixels. */
  click(x: number, y: number): Promise<void>;
  /** A PNG of the viewport, one pixel per CSS pixel. */
  screenshot(): Promise<Uint8Array>;
  /** Makes this the active tab of its window. */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  kind: BrowserKind;
  /** The extension's own origin, e.g. chrome-extension://<id>. */
  extensionOrigin: string;
  newPage(): Promise<ExtPage>;
  /** Opens one of the extension's pages (popup.html, options.html) in a tab. */
  openExtensionPage(path: string): Promise<ExtPage>;
  /** A tab the extension opened itself, found by the end of its URL. */
  findPage(urlSuffix: string): Promise<ExtPage>;
  /** The addresses of every open tab, now. */
  pageUrls(): Promise<string[]>;
  /** Only for Chromium: the raw Playwright context, for flows only it can drive. */
  context?: BrowserContext;
  close(): Promise<void>;
}

const WAIT_MS = 10_000;

function wrapPlaywright(page: Page): ExtPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    textOf: async (selector) => (await page.locator(selector).first().textContent()) ?? '',
    focus: (selector) => page.locator(selector).first().focus(),
    press: (key) => page.keyboard.press(key),
    typeText: (text) => page.keyboard.type(text),
    paste: async (text) => {
      await page.evaluate((value) => navigator.clipboard.writeText(value), text);
      await page.keyboard.press('ControlOrMeta+V');
    },
    pasteRich: async (text, html) => {
      await page.evaluate(writeRich, { text, html });
      await page.keyboard.press('ControlOrMeta+V');
    },
    click: (x, y) => page.mouse.click(x, y),
    screenshot: () => page.screenshot(),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Runs in the page: puts rich text on the clipboard, as copying from a web page does. */
async function writeRich({ text, html }: { text: string; html: string }): Promise<void> {
  const item = new ClipboardItem({
    'text/plain': new Blob([text], { type: 'text/plain' }),
    'text/html': new Blob([html], { type: 'text/html' }),
  });
  await navigator.clipboard.write([item]);
}

async function pressPaste(page: PuppeteerPage): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyV');
  await page.keyboard.up('Control');
}

function wrapPuppeteer(page: PuppeteerPage): ExtPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    textOf: async (selector) => {
      const element = await page.waitForSelector(selector, { timeout: WAIT_MS });
      return (await element?.evaluate((node) => node.textContent)) ?? '';
    },
    focus: (selector) => page.focus(selector),
    press: (key) => page.keyboard.press(key as never),
    typeText: (text) => page.keyboard.type(text),
    paste: async (text) => {
      await page.evaluate((value) => navigator.clipboard.writeText(value), text);
      await pressPaste(page);
    },
    pasteRich: async (text, html) => {
      await page.evaluate(writeRich, { text, html });
      await pressPaste(page);
    },
    click: (x, y) => page.mouse.click(x, y),
    screenshot: () => page.screenshot(),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Where the unpacked extension comes from, and (Firefox) where it looks for managed policy. */
export interface LaunchOptions {
  extensionDir?: string;
  /** Firefox finds managed-storage manifests under $HOME/.mozilla. */
  home?: string;
  /** A policies.json Firefox reads instead of the machine-wide one. */
  policiesFile?: string;
  /** Chromium only: the browser's language (`de`), which picks the extension's catalogue. */
  lang?: string;
}

/**
 * Firefox honours `browser.policies.alternatePath` only "in automation", which its own test
 * harnesses declare with this pref plus MOZ_DISABLE_NONLOCAL_CONNECTIONS (loopback still works).
 */
function firefoxPolicyFile(path: string | undefined) {
  if (!path) return { prefs: {}, env: {} };
  return {
    prefs: {
      'browser.policies.alternatePath': path,
      'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
    },
    env: { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  };
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    // Each browser process has its own clipboard, so parallel workers cannot mix their pastes.
    permissions: ['clipboard-read', 'clipboard-write'],
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      ...chromiumLaunchArgs,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  // The service worker starting is the first sign of life; its host is the extension id.
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: WAIT_MS }));
  // Node's URL gives non-special schemes an opaque origin, so build it from the host.
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    kind: 'chromium',
    extensionOrigin,
    context,
    newPage: async () => wrapPlaywright(await context.newPage()),
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(new URL(path, extensionOrigin).href);
      return wrapPlaywright(page);
    },
    findPage: async (urlSuffix) => {
      // A new tab's URL is blank until its first navigation commits, so look until it shows.
      for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline;) {
        const found = context.pages().find((page) => page.url().endsWith(urlSuffix));
        if (found) return wrapPlaywright(found);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no page at …${urlSuffix}`);
    },
    pageUrls: () => Promise.resolve(context.pages().map((page) => page.url())),
    close: () => context.close(),
  };
}

export async function geckoId(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  // A fixed internal UUID gives the add-on a known moz-extension:// origin to open pages on.
  const uuid = randomUUID();
  const profile = await mkdtemp(join(tmpdir(), 'keywarden-firefox-'));
  const policyFile = firefoxPolicyFile(options.policiesFile);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
    env: {
      ...process.env,
      ...(options.home ? { HOME: options.home } : {}),
      ...policyFile.env,
    },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [await geckoId()]: uuid }),
      // Lets the test put text on the clipboard before its real Control+V.
      'dom.events.asyncClipboard.clipboardItem': true,
      'dom.events.testing.asyncClipboard': true,
      ...policyFile.prefs,
    },
  });
  await browser.installExtension(options.extensionDir ?? FIREFOX_BUILD);
  const extensionOrigin = `moz-extension://${uuid}`;
  return {
    kind: 'firefox',
    extensionOrigin,
    newPage: async () => wrapPuppeteer(await browser.newPage()),
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      // Firefox never reports the load of a moz-extension:// page to BiDi; the page still loads.
      await page.goto(new URL(path, extensionOrigin).href, { timeout: 3_000 }).catch(() => {});
      return wrapPuppeteer(page);
    },
    findPage: async (urlSuffix) => {
      // BiDi may still report a moz-extension:// tab as blank, so ask each page where it is.
      for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline;) {
        for (const page of await browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.endsWith(urlSuffix)) return wrapPuppeteer(page);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`no page at …${urlSuffix}`);
    },
    pageUrls: async () =>
      Promise.all(
        (await browser.pages()).map((page) => page.evaluate(() => location.href).catch(() => '')),
      ),
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
