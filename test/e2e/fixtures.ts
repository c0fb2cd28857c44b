import { test as base } from '@playwright/test';
import {
  launchChromium,
  launchFirefox,
  type BrowserKind,
  type ExtensionBrowser,
} from './extension-browser';
import { startFixtureSite, type FixtureSite } from './site';

interface WorkerFixtures {
  browserKind: BrowserKind;
  extension: ExtensionBrowser;
  site: FixtureSite;
}

export const test = base.extend<object, WorkerFixtures>({
  browserKind: ['chromium', { option: true, scope: 'worker' }],
  extension: [
    async ({ browserKind }, use) => {
      const browser = browserKind === 'firefox' ? await launchFirefox() : await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  site: [
    // Playwright reads the fixture's dependencies from this destructuring; the site needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await startFixtureSite();
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
