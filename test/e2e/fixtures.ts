import { chromium, test as base, type Browser } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from './browsers';
import {
  launchChromium,
  launchFirefox,
  type BrowserKind,
  type ExtensionBrowser,
} from './extension-browser';
import { startLinkServer, type LinkServer } from './link-server';
import { startFixtureSite, type FixtureSite } from './site';

interface WorkerFixtures {
  browserKind: BrowserKind;
  linkServer: LinkServer;
  /** The browser with the built extension, its settings pointing at `linkServer`. */
  extension: ExtensionBrowser;
  site: FixtureSite;
  /** A plain Chromium without the extension: the person who receives a link. */
  reader: Browser;
}

/**
 * Runs in an extension page: writes the settings the way the options page does, into sync and
 * into this device's consented copy (a write to sync alone is a synced change that may wait).
 */
async function writeSettings(settings: object): Promise<void> {
  type Area = { set(items: object): Promise<void> };
  const scope = globalThis as unknown as {
    browser?: { storage: { sync: Area; local: Area } };
    chrome: { storage: { sync: Area; local: Area } };
  };
  const { storage } = scope.browser ?? scope.chrome;
  await storage.local.set({ consentedSettings: settings });
  await storage.sync.set({ settings });
}

/** Runs in an extension page: writes sync only, as another device or a rogue sync writer does. */
export async function writeSyncOnly(settings: object): Promise<void> {
  type Area = { set(items: object): Promise<void> };
  const scope = globalThis as unknown as {
    browser?: { storage: { sync: Area } };
    chrome: { storage: { sync: Area } };
  };
  await (scope.browser ?? scope.chrome).storage.sync.set({ settings });
}

/** Changes the extension's settings from one of its own pages, as the options page does. */
export async function configureExtension(extension: ExtensionBrowser, settings: object) {
  const page = await extension.openExtensionPage('/popup.html');
  await page.textOf('[data-testid="keywarden-root"]');
  await page.evaluate(writeSettings, settings);
  await page.close();
}

/**
 * Closes the welcome page a fresh install opens (see welcome.spec.ts), so that it neither takes
 * the focus from nor adds a tab to specs that configure the server themselves.
 */
export async function closeWelcome(extension: ExtensionBrowser): Promise<void> {
  // It opens once the policy has been read; a read slower than findPage's wait leaves it open,
  // which costs a spec a background tab, not its run.
  const page = await extension.findPage('/welcome.html').catch(() => undefined);
  await page?.close();
}

export const test = base.extend<object, WorkerFixtures>({
  browserKind: ['chromium', { option: true, scope: 'worker' }],
  linkServer: [
    // Playwright reads the fixture's dependencies from this destructuring; this one needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startLinkServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({ browserKind, linkServer }, use) => {
      const browser = browserKind === 'firefox' ? await launchFirefox() : await launchChromium();
      await closeWelcome(browser);
      await configureExtension(browser, { serverUrl: linkServer.url });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  site: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await startFixtureSite();
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  reader: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await chromium.launch({
        executablePath: findChromium(),
        headless: true,
        args: chromiumLaunchArgs,
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
