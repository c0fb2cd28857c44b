/**
 * The in-page warning in another language and in the pseudo-locale (longer, accented text): its
 * words come from the catalogue the browser's language picks, nothing overflows or is clipped,
 * and axe finds nothing serious. Once on the test page built from the component (every state,
 * open shadow root for axe), once in the real extension (a paste, the closed root).
 */
import { seriousViolations } from './axe';
import { dialogButtonNames } from './ax-tree';
import { dialogLayoutProblems } from './dialog-layout';
import { launchChromium } from './extension-browser';
import { expect, test } from './fixtures';
import { dialogOpen } from './page-probes';
import { githubToken } from './secrets';
import { WARNING_PAGE } from './warning-page';

/** Built by global-setup.ts. */
const PSEUDO_BUILD = new URL('../../.output/pseudo/chrome-mv3/', import.meta.url).pathname;

/** The pseudo-locale's words are bracketed and accented: "[Çááñçéél]". */
const PSEUDO_WORD = /^\[.*[áéíöü].*\]$/;

const LANGUAGES = {
  German: {
    locale: 'de-DE',
    title: /^Keywarden: Sie fügen ein Geheimnis ein$/,
    buttons: ['Als Einmal-Link senden', 'Trotzdem einfügen', 'Abbrechen'],
  },
  pseudo: {
    // Chromium's own pseudo-locale tag; the test page bundles the pseudo catalogue under it.
    locale: 'en-XA',
    title: PSEUDO_WORD,
    buttons: [PSEUDO_WORD, PSEUDO_WORD, PSEUDO_WORD],
  },
};

const VARIANTS = ['ask', 'block', 'send', 'working', 'failed', 'setup'];

for (const [language, expected] of Object.entries(LANGUAGES)) {
  test(`the warning test page in ${language}: every state fits and passes axe`, async ({
    reader,
    site,
  }) => {
    const context = await reader.newContext({ locale: expected.locale });
    try {
      const page = await context.newPage();
      for (const variant of VARIANTS) {
        await page.goto(site.url(`${WARNING_PAGE}#${variant}`));
        await page.reload(); // a new hash alone would not run the page's script again
        const dialog = page.getByRole('alertdialog');
        await expect(dialog).toBeVisible();
        if (variant === 'ask') {
          await expect(dialog.getByRole('heading')).toHaveText(expected.title);
          await expect(dialog.getByRole('button')).toHaveText(expected.buttons);
        }
        expect(await dialogLayoutProblems(page), variant).toEqual([]);
        expect(await seriousViolations(page, ':root > div'), variant).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
}

test.describe('the extension', () => {
  const launches = {
    German: { lang: 'de' },
    pseudo: { extensionDir: PSEUDO_BUILD },
  };
  for (const [language, options] of Object.entries(launches)) {
    test(`a pasted key's warning speaks ${language} and fits`, async ({ site }) => {
      const expected = LANGUAGES[language as keyof typeof LANGUAGES];
      const browser = await launchChromium(options);
      try {
        const context = browser.context;
        if (!context) throw new Error('Chromium only');
        const page = await context.newPage();
        await page.goto(site.url('/composers.html'));
        await page.locator('#textarea').focus();
        await page.evaluate((text) => navigator.clipboard.writeText(text), githubToken());
        await page.keyboard.press('ControlOrMeta+V');
        await expect.poll(() => page.evaluate(dialogOpen)).toBe(true);
        await expect.poll(() => dialogButtonNames(page)).toHaveLength(3);
        const names = await dialogButtonNames(page);
        expected.buttons.forEach((button, i) =>
          expect(names[i]).toMatch(typeof button === 'string' ? new RegExp(`^${button}$`) : button),
        );
        expect(await dialogLayoutProblems(page)).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  }
});
