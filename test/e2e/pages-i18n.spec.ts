/**
 * The popup, the options page and the welcome page in another language and in the pseudo-locale
 * (longer, accented text): their words come from the catalogue the browser's language picks, the
 * popup still fits its 360 px with a link made and links listed, the options page's first screen
 * fits, and axe finds nothing serious. The same checks as popup-options.spec.ts and
 * welcome.spec.ts make in English. Messages that lib/ reports as codes (a bad site pattern, a
 * refused import, a server that does not answer) come out in the page's language too.
 */
import type { Page } from '@playwright/test';
import { fake } from '../../detectors/fake';
import { seriousViolations } from './axe';
import { launchChromium, type ExtensionBrowser } from './extension-browser';
import { closeWelcome, configureExtension, expect, test } from './fixtures';
import { overflowing } from './page-overflow';

/** Built by global-setup.ts. */
const PSEUDO_BUILD = new URL('../../.output/pseudo/chrome-mv3/', import.meta.url).pathname;

/** The pseudo-locale's words are bracketed and accented: "[Çááñçéél]". */
const PSEUDO_WORD = /^\[.*[áéíöü].*\]$/;

const LANGUAGES = {
  German: {
    launch: { lang: 'de' },
    lang: 'de',
    share: /^Ein Geheimnis teilen$/,
    create: /^Link erstellen$/,
    optionsTitle: /^Keywarden-Optionen$/,
    sitePatternError:
      /^„exa mple\.com“ ist kein Hostname \(für Subdomains \*\.example\.com verwenden\)\.$/,
    importError: /^share\.views: erwartet eine Zahl von 1 bis 10$/,
    unreachable: /^Der Server war nicht erreichbar\.$/,
    welcomeHttps: /^Verwenden Sie eine https:\/\/-Adresse/,
  },
  pseudo: {
    launch: { extensionDir: PSEUDO_BUILD },
    lang: 'en',
    share: PSEUDO_WORD,
    create: PSEUDO_WORD,
    optionsTitle: PSEUDO_WORD,
    sitePatternError: PSEUDO_WORD,
    importError: PSEUDO_WORD,
    unreachable: PSEUDO_WORD,
    welcomeHttps: PSEUDO_WORD,
  },
};

async function open(extension: ExtensionBrowser, path: string, width: number): Promise<Page> {
  if (!extension.context) throw new Error('Chromium only');
  const page = await extension.context.newPage();
  await page.setViewportSize({ width, height: 600 });
  await page.goto(`${extension.extensionOrigin}${path}`);
  await page.getByTestId('keywarden-root').waitFor();
  return page;
}

for (const [language, expected] of Object.entries(LANGUAGES)) {
  test(`the popup, the options and the welcome page in ${language}: they fit and pass axe`, async ({
    linkServer,
  }) => {
    test.setTimeout(120_000);
    const extension = await launchChromium(expected.launch);
    try {
      await closeWelcome(extension);
      await configureExtension(extension, { serverUrl: linkServer.url });

      const popup = await open(extension, '/popup.html', 360);
      const create = popup.locator('#share-heading ~ form button[type="submit"]');
      await expect(create).toHaveText(expected.create);
      await expect(popup.locator('#share-heading')).toHaveText(expected.share);
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(expected.lang);
      expect(await popup.evaluate(overflowing), 'empty popup').toEqual([]);
      expect(await seriousViolations(popup), 'empty popup').toEqual([]);

      // The longest content it shows: a link, its note, then a list of links with their states.
      for (const round of [1, 2]) {
        await popup.locator('#share-secret').fill(`fit ${round} ` + fake(round).chars(16));
        await create.click();
        await expect(popup.getByTestId('created-link')).toBeVisible();
      }
      expect(await popup.evaluate(overflowing), 'with a link').toEqual([]);
      await popup.reload();
      await expect(popup.getByTestId('recent-links').getByRole('button').first()).toBeVisible();
      expect(await popup.evaluate(overflowing), 'with recent links').toEqual([]);
      expect(await seriousViolations(popup), 'with recent links').toEqual([]);

      // The options page's first screen, at a laptop's width and at a narrow window's.
      for (const width of [1280, 720]) {
        const options = await open(extension, '/options.html', width);
        await options.locator('#sites').waitFor();
        await expect(options).toHaveTitle(expected.optionsTitle);
        await expect(options.getByRole('heading', { level: 1 })).toHaveText(expected.optionsTitle);
        expect(await options.evaluate(overflowing), `options at ${width} px`).toEqual([]);
        expect(await seriousViolations(options), `options at ${width} px`).toEqual([]);
        await options.close();
      }

      // What lib/ reports as codes, worded by the options page.
      const options = await open(extension, '/options.html', 1280);
      await options.locator('#site-pattern').fill('exa mple.com');
      await options.locator('#site-pattern').press('Enter');
      await expect(options.locator('#site-pattern-error')).toHaveText(expected.sitePatternError);
      const broken = {
        format: 'keywarden-settings',
        version: 1,
        settings: { share: { views: 0 } },
      };
      await options.locator('#import-file').setInputFiles({
        name: 'settings.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(broken)),
      });
      await expect(options.getByTestId('import-errors').locator('li')).toHaveText(
        expected.importError,
      );
      // A loopback port where nothing listens: no permission prompt, nothing answers.
      await options.locator('#server-url').fill('http://127.0.0.1:9');
      await options.locator('#server-url').press('Enter');
      await expect(options.getByTestId('connection-result')).toHaveText(expected.unreachable, {
        timeout: 15_000,
      });
      expect(await options.evaluate(overflowing), 'options with errors').toEqual([]);
      expect(await seriousViolations(options), 'options with errors').toEqual([]);
      await options.close();

      // The welcome page, with each choice and with an address it refuses.
      const welcome = await open(extension, '/welcome.html', 1280);
      const choices = welcome.locator('input[name="server-kind"]');
      await choices.first().waitFor();
      expect(await welcome.evaluate(() => document.documentElement.lang)).toBe(expected.lang);
      for (const which of ['last', 'first'] as const) {
        await choices[which]().check();
        expect(await welcome.evaluate(overflowing), `welcome (${which})`).toEqual([]);
        expect(await seriousViolations(welcome), `welcome (${which})`).toEqual([]);
      }
      await welcome.locator('#server-url').fill('http://links.keywarden.invalid');
      await welcome.locator('#server-url').press('Enter');
      await expect(welcome.getByTestId('welcome-result')).toHaveText(expected.welcomeHttps);
      expect(await seriousViolations(welcome), 'welcome with an error').toEqual([]);
      await welcome.close();
    } finally {
      await extension.close();
    }
  });
}
