/**
 * The in-page warning under axe, in light and dark, in each state it can be in. It runs in a plain
 * browser on a page built from the component itself (see warning-page.ts).
 */
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { isDark } from './theme';
import { WARNING_PAGE } from './warning-page';

const VARIANTS = {
  ask: ['Send as one-time link', 'Paste anyway', 'Cancel'],
  block: ['Send as one-time link', 'Cancel'],
  send: ['Send as one-time link', 'Send anyway', 'Cancel'],
  working: ['Send as one-time link', 'Paste anyway', 'Cancel'],
  failed: ['Retry', 'Paste anyway', 'Cancel'],
  setup: ['Retry', 'Choose a link server', 'Paste anyway', 'Cancel'],
};

for (const scheme of ['light', 'dark'] as const) {
  test(`the in-page warning has no serious accessibility violations (${scheme})`, async ({
    reader,
    site,
  }) => {
    const context = await reader.newContext({ colorScheme: scheme });
    try {
      const page = await context.newPage();
      for (const [variant, buttons] of Object.entries(VARIANTS)) {
        await page.goto(site.url(`${WARNING_PAGE}#${variant}`));
        await page.reload(); // a new hash alone would not run the page's script again
        const dialog = page.getByRole('alertdialog', { name: /^Keywarden: you are/ });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByRole('button')).toHaveText(buttons);
        // The dialog follows the browser's colour scheme, whatever the page's own colours.
        const background = await dialog.evaluate(
          (element) => getComputedStyle(element).backgroundColor,
        );
        expect(isDark(background), `${variant} background ${background}`).toBe(scheme === 'dark');
        expect(await seriousViolations(page, ':root > div'), variant).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
}
