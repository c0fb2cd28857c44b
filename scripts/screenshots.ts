/**
 * Screenshots for the README, taken from the test browser so they follow the code:
 * docs/screenshots/{popup,options,dialog}{,-dark}.png in English, and
 * docs/screenshots/{popup,options,dialog}-de.png in German (light; this machine has no CJK fonts
 * for a Japanese or Chinese set). Run after `npx wxt build`:
 *   npx tsx scripts/screenshots.ts
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { configureExtension } from '../test/e2e/fixtures';
import { launchChromium } from '../test/e2e/extension-browser';
import { githubToken } from '../test/e2e/secrets';
import { startFixtureSite } from '../test/e2e/site';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;

/** One set of pictures: in the browser's default English in both schemes, or in `lang`, light. */
async function takeSet(
  site: Awaited<ReturnType<typeof startFixtureSite>>,
  lang?: string,
): Promise<void> {
  const extension = await launchChromium(lang ? { lang } : {});
  const schemes = lang ? (['light'] as const) : (['light', 'dark'] as const);
  try {
    const context = extension.context;
    if (!context) throw new Error('Chromium only');
    // A fixed address keeps the pictures the same from run to run; nothing here makes a link.
    await configureExtension(extension, { serverUrl: 'https://links.example.org' });

    const shoot = async (name: string, open: (page: Page) => Promise<void>, full = false) => {
      for (const scheme of schemes) {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await open(page);
        const file = `${OUT}${name}${scheme === 'dark' ? '-dark' : ''}${lang ? `-${lang}` : ''}.png`;
        await page.screenshot({ path: file, fullPage: full });
        console.log(file);
        await page.close();
      }
    };

    await shoot('popup', async (page) => {
      await page.setViewportSize({ width: 360, height: 600 });
      // Opened in a tab, the popup is its own active tab; as from the toolbar, it shows a site.
      await page.addInitScript(() => {
        const tab = { id: 1, url: 'https://chat.example.com/general' };
        const scope = globalThis as unknown as { chrome: { tabs: { query: unknown } } };
        scope.chrome.tabs.query = (_filter: unknown, callback?: (tabs: unknown[]) => void) =>
          callback ? callback([tab]) : Promise.resolve([tab]);
      });
      await page.goto(`${extension.extensionOrigin}/popup.html`);
      await page.locator('#share-heading ~ form button[type="submit"]').waitFor();
      await page.getByText('chat.example.com').waitFor();
    });
    await shoot(
      'options',
      async (page) => {
        await page.setViewportSize({ width: 900, height: 900 });
        await page.goto(`${extension.extensionOrigin}/options.html`);
        await page.locator('#sites-heading').waitFor();
      },
      true,
    );
    await shoot('dialog', async (page) => {
      await page.setViewportSize({ width: 900, height: 600 });
      await page.goto(site.url('/composers.html'));
      await page.locator('#textarea').focus();
      await page.evaluate((text) => navigator.clipboard.writeText(text), `key ${githubToken()}`);
      await page.keyboard.press('ControlOrMeta+V');
      await page.locator(':root > div').waitFor({ state: 'attached' });
      // Let the dialog's entrance settle so the picture is not mid-transition.
      await page.waitForTimeout(300);
    });
  } finally {
    await extension.close();
  }
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const site = await startFixtureSite();
  try {
    await takeSet(site);
    await takeSet(site, 'de');
  } finally {
    await site.close();
  }
}

await main();
