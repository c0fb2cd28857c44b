/**
 * The popup and the options page, driven as a person would. The first group runs in both browsers
 * through the small ExtPage interface (keyboard and CSS selectors, as puppeteer-core allows in
 * Firefox); the rest use Playwright's locators, which drive Chromium only.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { fake } from '../../detectors/fake';
import { seriousViolations } from './axe';
import type { ExtensionBrowser, ExtPage } from './extension-browser';
import { configureExtension, expect, test, writeSyncOnly } from './fixtures';
import { overflowing } from './page-overflow';
import { dialogOpen } from './page-probes';
import { revealLink } from './reader';
import { githubToken } from './secrets';
import { isDark } from './theme';

function tabIn(extension: ExtensionBrowser): Promise<Page> {
  if (!extension.context) throw new Error('Chromium only');
  return extension.context.newPage();
}

async function openPage(extension: ExtensionBrowser, path: string): Promise<Page> {
  const page = await tabIn(extension);
  await page.goto(`${extension.extensionOrigin}${path}`);
  await page.getByTestId('keywarden-root').waitFor();
  return page;
}

async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/** Runs in an extension page: the state of a form control, once it exists. */
function control(selector: string): { value: string; checked: boolean } | null {
  const element = document.querySelector<HTMLInputElement>(selector);
  return element ? { value: element.value, checked: element.checked } : null;
}

async function openRoot(extension: ExtensionBrowser, path: string): Promise<ExtPage> {
  const page = await extension.openExtensionPage(path);
  await page.textOf('[data-testid="keywarden-root"] h1');
  return page;
}

test.describe('popup and options in every browser @firefox', () => {
  test.afterEach(async ({ extension, linkServer }) => {
    await configureExtension(extension, { serverUrl: linkServer.url });
  });

  test('the popup makes a link the reader reveals', async ({ extension, linkServer, reader }) => {
    const popup = await openRoot(extension, '/popup.html');
    const secret = 'popup ' + fake(11).chars(20);
    await popup.focus('#share-secret');
    await popup.typeText(secret);
    await popup.press('Enter');
    await expect
      .poll(() => popup.evaluate(control, '#share-link'))
      .toMatchObject({ value: expect.stringMatching(/\/s#/) });
    const link = ((await popup.evaluate(control, '#share-link')) as { value: string }).value;
    expect(link.startsWith(`${linkServer.url}/s#`)).toBe(true);
    expect(await popup.evaluate(control, '#share-secret')).toMatchObject({ value: '' });
    expect(await popup.textOf('[data-testid="created-link"]')).toContain('Expires');
    expect(await revealLink(reader, link)).toBe(secret);
    await popup.close();
  });

  test('sharing to a server whose origin was never granted sends nothing and names it', async ({
    extension,
  }) => {
    // Not loopback, never granted: written as the user's own choice, so only the grant is missing.
    const server = 'https://links.keywarden.invalid';
    await configureExtension(extension, { serverUrl: `${server}/base` });
    const popup = await openRoot(extension, '/popup.html');
    await popup.focus('#share-secret');
    await popup.typeText('ungranted ' + fake(13).chars(16));
    await popup.press('Enter');
    await expect
      .poll(() =>
        popup.evaluate(
          () => document.querySelector('[role="status"] .error')?.textContent ?? '',
          undefined,
        ),
      )
      .toBe(`Allow Keywarden to reach ${server} in Options.`);
    await popup.close();
  });

  test('options settings persist and reach the popup', async ({ extension }) => {
    const pattern = 'docs.' + fake(12).chars(8, 'abcdefghijklmnopqrstuvwxyz') + '.example';
    const options = await openRoot(extension, '/options.html');
    await options.focus('#default-views');
    await options.evaluate(
      (selector) => document.querySelector<HTMLInputElement>(selector)?.select(),
      '#default-views',
    );
    await options.typeText('3');
    await options.press('Tab'); // leaving the field commits it, as a person would
    await options.focus('#sharing input[type="checkbox"]');
    await options.press(' ');
    await options.focus('#site-pattern');
    await options.typeText(pattern);
    await options.press('Enter');
    await expect.poll(() => options.textOf('#sites table')).toContain(pattern);
    await options.close();

    const again = await openRoot(extension, '/options.html');
    await expect
      .poll(() => again.evaluate(control, '#default-views'))
      .toMatchObject({ value: '3' });
    expect(await again.evaluate(control, '#sharing input[type="checkbox"]')).toMatchObject({
      checked: true,
    });
    expect(await again.textOf('#sites table')).toContain(pattern);
    await again.close();

    const popup = await openRoot(extension, '/popup.html');
    await expect.poll(() => popup.evaluate(control, '#share-views')).toMatchObject({ value: '3' });
    expect(await popup.textOf('label[for="share-passphrase"]')).toBe('Passphrase (required)');
    await popup.close();
  });
});

test.describe('popup and options', () => {
  test.skip(({ browserKind }) => browserKind !== 'chromium', 'Playwright drives Chromium only');

  // Every test starts from the fixture's settings, whatever the previous one changed.
  test.afterEach(async ({ extension, linkServer }) => {
    await configureExtension(extension, { serverUrl: linkServer.url });
  });

  test('adding an allowed site stops the guard there', async ({ extension, site }) => {
    const options = await openPage(extension, '/options.html');
    const host = new URL(site.origin).host;
    await options.getByLabel('Site pattern').fill(host);
    await options.getByLabel('Mode', { exact: true }).selectOption('off');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect(options.getByRole('table', { name: 'Site rules' })).toContainText(host);

    await options.getByLabel('Does this URL match?').fill(site.url('/composers.html'));
    await expect(options.getByTestId('site-test-result')).toHaveText(`Matches ${host}: Allowed.`);

    const page = await tabIn(extension);
    await page.goto(site.url('/composers.html'));
    await page.locator('#chat').waitFor();
    const token = githubToken();
    await pasteInto(page, '#textarea', token);
    await expect(page.locator('#pastes')).toHaveText('1');
    expect(await page.evaluate(dialogOpen)).toBe(false);
    await expect(page.locator('#textarea')).toHaveValue(token);
    await page.close();
    await options.close();
  });

  test('a custom rule is refused when unsafe, tested live, and saved', async ({ extension }) => {
    const token = 'acme' + '_' + fake(41).chars(24, 'abcdefghijklmnopqrstuvwxyz0123456789');
    const options = await openPage(extension, '/options.html');
    await options.getByLabel('Name', { exact: true }).fill('Acme key');
    await options.getByLabel('Pattern (regular expression)').fill('(a+)+b');
    await expect(options.locator('#rule-error')).toHaveText(
      'The pattern nests quantifiers, which can freeze the page.',
    );
    await options.getByLabel('Pattern (regular expression)').fill('acme_[a-z0-9]{24}');
    await options.getByLabel('Keywords (optional, comma-separated)').fill('acme_');
    await options.getByLabel(/^Test text/).fill(`key: ${token} here`);
    await expect(options.getByTestId('rule-test-result')).toHaveText('1 match.');
    await expect(options.locator('mark')).toHaveText(token);
    await options.getByRole('button', { name: 'Add rule' }).click();
    await expect(options.getByRole('list', { name: 'Custom rules' })).toContainText('Acme key');
    await options.close();
  });

  test('a custom rule catches a custom token in a page', async ({ extension, site }) => {
    const token = 'acme' + '_' + fake(42).chars(24, 'abcdefghijklmnopqrstuvwxyz0123456789');
    await configureExtension(extension, {
      customRules: [{ id: 'acme-key', title: 'Acme key', pattern: 'acme_[a-z0-9]{24}' }],
    });
    const page = await tabIn(extension);
    await page.goto(site.url('/composers.html'));
    await page.locator('#chat').waitFor();
    await pasteInto(page, '#textarea', token);
    await expect.poll(() => page.evaluate(dialogOpen)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#textarea')).toHaveValue('');
    await page.close();
  });

  test('the popup makes a link the reader reveals; revoke makes it gone', async ({
    extension,
    reader,
  }) => {
    const popup = await openPage(extension, '/popup.html');
    const secret = 'correct horse ' + fake(7).chars(16);
    await popup.getByLabel('Secret', { exact: true }).fill(secret);
    await popup.getByRole('button', { name: 'Create link' }).click();
    const linkField = popup.getByLabel(/^Link/);
    await expect(linkField).toHaveValue(/\/s#/);
    await expect(popup.getByLabel('Secret', { exact: true })).toHaveValue('');
    await expect(popup.getByTestId('created-link')).toContainText('Expires');
    const first = await linkField.inputValue();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(first);
    expect(await revealLink(reader, first)).toBe(secret);

    // A second link, revoked before anyone opens it.
    await popup.getByLabel('Secret', { exact: true }).fill('second ' + fake(8).chars(16));
    await popup.getByRole('button', { name: 'Create link' }).click();
    await expect(linkField).not.toHaveValue(first);
    const second = await linkField.inputValue();

    await popup.reload();
    const rows = popup.getByTestId('recent-links').locator('li');
    await expect(rows.first().getByTestId('link-state')).toHaveText('Not yet viewed');
    await expect(rows.nth(1).getByTestId('link-state')).toHaveText('Viewed');
    await rows
      .first()
      .getByRole('button', { name: /^Revoke/ })
      .click();
    await expect(rows.first().getByTestId('link-state')).toHaveText('Revoked');
    expect(await revealLink(reader, second)).toBe('gone');
    // Behind the viewer's words, the server answers 404 as for an id that never existed.
    const id = new URL(second).hash.slice(1).split('.')[0] as string;
    const answer = await fetch(new URL(`/api/secrets/${id}/reveal`, second), { method: 'POST' });
    expect(answer.status).toBe(404);
    await popup.close();
  });

  test('history records the guard and exports it', async ({ extension, site }) => {
    const page = await tabIn(extension);
    await page.goto(site.url('/composers.html'));
    await page.locator('#chat').waitFor();
    await pasteInto(page, '#input', githubToken());
    await expect.poll(() => page.evaluate(dialogOpen)).toBe(true);
    await page.keyboard.press('Escape');
    await page.close();

    const options = await openPage(extension, '/options.html#history');
    const host = new URL(site.origin).host;
    const table = options.getByTestId('history-table');
    await expect(table).toContainText(host);
    await expect(table).toContainText('Cancelled');
    // The deep link lands on its section, and the section nav says which one that is.
    const nav = options.getByRole('navigation', { name: 'Sections' });
    await expect(nav.getByRole('link', { name: 'History' })).toHaveAttribute(
      'aria-current',
      'location',
    );
    await expect(options.getByRole('heading', { name: 'History' })).toBeInViewport();
    await nav.getByRole('link', { name: 'Sharing' }).click();
    await expect(nav.getByRole('link', { name: 'Sharing' })).toHaveAttribute(
      'aria-current',
      'location',
    );
    await expect(nav.locator('[aria-current]')).toHaveCount(1);

    const jsonDownload = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export JSON' }).click();
    const json = JSON.parse(await readFile((await (await jsonDownload).path()) as string, 'utf8'));
    expect(json).toEqual(
      expect.arrayContaining([expect.objectContaining({ site: host, action: 'cancelled' })]),
    );
    const csvDownload = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await readFile((await (await csvDownload).path()) as string, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('time,site,kinds,action,trigger');
    expect(csv).toContain(`,${host},`);

    const popup = await openPage(extension, '/popup.html');
    await expect(popup.getByTestId('week-count')).toContainText(/Stopped [1-9]\d* secret/);
    await popup.close();
    await options.close();
  });

  test('import rejects a broken file and names the field', async ({ extension }) => {
    const options = await openPage(extension, '/options.html');
    const broken = { format: 'keywarden-settings', version: 1, settings: { share: { views: 0 } } };
    await options.getByLabel('Import settings').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect(options.getByTestId('import-errors')).toContainText(
      'share.views: expected a number from 1 to 10',
    );
    const good = { format: 'keywarden-settings', version: 1, settings: { minConfidence: 'high' } };
    await options.getByLabel('Import settings').setInputFiles({
      name: 'settings2.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await options.getByRole('button', { name: 'Apply these settings' }).click();
    await expect(options.getByText('Settings imported.')).toBeVisible();
    await expect(options.getByLabel('Minimum confidence')).toHaveValue('high');
    await options.close();
  });

  test('an import shows what it changes and applies only when the user says so', async ({
    extension,
    linkServer,
    site,
  }) => {
    const host = new URL(site.origin).host;
    const file = {
      format: 'keywarden-settings',
      version: 1,
      settings: {
        serverUrl: 'https://links.keywarden.invalid',
        siteRules: [{ pattern: host, mode: 'off' }],
      },
    };
    const choose = (options: Page) =>
      options.getByLabel('Import settings').setInputFiles({
        name: 'settings.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      });
    const options = await openPage(extension, '/options.html');
    await choose(options);
    const review = options.getByTestId('import-review');
    await expect(review).toContainText('Link server (where secrets go)');
    await expect(review).toContainText(`${linkServer.url} → https://links.keywarden.invalid`);
    await expect(review).toContainText(`adds ${host} (allowed)`);
    await expect(review).toContainText('lets more secrets through');
    await review.getByRole('button', { name: 'Cancel' }).click();
    await expect(options.getByText('Nothing was imported.')).toBeVisible();
    await expect(options.locator('#server-url')).toHaveValue(linkServer.url);
    await expect(options.getByRole('table', { name: 'Site rules' })).not.toContainText(host);

    // Nothing changed in the guard either: a key pasted on the site is still held.
    const page = await tabIn(extension);
    await page.goto(site.url('/composers.html'));
    await page.locator('#chat').waitFor();
    await pasteInto(page, '#textarea', githubToken());
    await expect.poll(() => page.evaluate(dialogOpen)).toBe(true);
    await page.keyboard.press('Escape');

    await choose(options);
    await options.getByRole('button', { name: 'Apply these settings' }).click();
    await expect(options.getByText(/^Settings imported\./)).toBeVisible();
    await expect(options.locator('#server-url')).toHaveValue('https://links.keywarden.invalid');
    await expect(options.getByRole('table', { name: 'Site rules' })).toContainText(host);
    await page.reload();
    await page.locator('#chat').waitFor();
    const token = githubToken();
    await pasteInto(page, '#textarea', token);
    await expect(page.locator('#textarea')).toHaveValue(token);
    expect(await page.evaluate(dialogOpen)).toBe(false);
    await page.close();
    await options.close();
  });

  test('a synced change that loosens waits for the user; the guard keeps the old rules', async ({
    extension,
    linkServer,
    site,
  }) => {
    const host = new URL(site.origin).host;
    // Another device (or a rogue writer) allows the site and moves the server, through sync only.
    const writer = await openPage(extension, '/popup.html');
    await writer.evaluate(writeSyncOnly, {
      serverUrl: 'https://links.keywarden.invalid',
      siteRules: [{ pattern: host, mode: 'off' }],
    });
    await writer.close();

    const popup = await openPage(extension, '/popup.html');
    await expect(popup.getByTestId('pending-notice')).toContainText('wait for your approval');
    await popup.close();

    const page = await tabIn(extension);
    await page.goto(site.url('/composers.html'));
    await page.locator('#chat').waitFor();
    await pasteInto(page, '#textarea', githubToken());
    await expect.poll(() => page.evaluate(dialogOpen)).toBe(true);
    // The link still goes to the server the user chose.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#textarea').inputValue())
      .toContain(`${linkServer.url}/s#`);

    const options = await openPage(extension, '/options.html');
    const pending = options.getByTestId('pending');
    await expect(pending).toContainText(`${linkServer.url} → https://links.keywarden.invalid`);
    await expect(pending).toContainText(`adds ${host} (allowed)`);
    await expect(options.locator('#server-url')).toHaveValue(linkServer.url);
    await pending.getByRole('button', { name: 'Discard them' }).click();
    await expect(pending).toBeHidden();
    await expect(options.locator('#server-url')).toHaveValue(linkServer.url);

    // The same change again, applied this time: now it acts.
    await options.evaluate(writeSyncOnly, {
      serverUrl: linkServer.url,
      siteRules: [{ pattern: host, mode: 'off' }],
    });
    await pending.getByRole('button', { name: 'Apply these changes' }).click();
    await expect(pending).toBeHidden();
    await expect(options.getByRole('table', { name: 'Site rules' })).toContainText(host);
    await page.reload();
    await page.locator('#chat').waitFor();
    const token = githubToken();
    await pasteInto(page, '#textarea', token);
    await expect(page.locator('#textarea')).toHaveValue(token);
    expect(await page.evaluate(dialogOpen)).toBe(false);
    await page.close();
    await options.close();
  });

  // The in-page dialog sits in a closed shadow root, which axe cannot enter from the page:
  // dialog-a11y.spec.ts checks it on a page that draws the same dialog in an open one.
  test('the viewer page has no serious accessibility violations, light and dark', async ({
    extension,
    linkServer,
    reader,
  }) => {
    const popup = await openPage(extension, '/popup.html');
    await popup.getByLabel('Secret', { exact: true }).fill('viewer check ' + fake(9).chars(12));
    await popup.getByRole('button', { name: 'Create link' }).click();
    await expect(popup.getByLabel(/^Link/)).toHaveValue(/\/s#/);
    const link = await popup.getByLabel(/^Link/).inputValue();
    expect(link.startsWith(linkServer.url)).toBe(true);
    await popup.close();
    for (const colorScheme of ['light', 'dark'] as const) {
      // Loading the page consumes nothing, so one link serves both runs.
      const context = await reader.newContext({ colorScheme });
      const viewer = await context.newPage();
      await viewer.goto(link);
      await viewer.getByRole('button', { name: 'Reveal' }).waitFor();
      const background = await viewer.evaluate(
        () => getComputedStyle(document.body).backgroundColor,
      );
      expect(isDark(background), `viewer background ${background}`).toBe(colorScheme === 'dark');
      expect(await seriousViolations(viewer), `viewer (${colorScheme})`).toEqual([]);
      await context.close();
    }
  });

  test('the popup fits its 360 px: nothing scrolls sideways, no button is clipped', async ({
    extension,
  }) => {
    const popup = await tabIn(extension);
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`${extension.extensionOrigin}/popup.html`);
    await popup.getByTestId('keywarden-root').waitFor();
    await popup.getByRole('button', { name: 'Create link' }).waitFor();
    expect(await popup.evaluate(overflowing), 'empty popup').toEqual([]);

    // The longest content it shows: a link, its note, then a list of links with their states.
    for (const round of [1, 2]) {
      await popup
        .getByLabel('Secret', { exact: true })
        .fill(`fit ${round} ` + fake(round).chars(16));
      await popup.getByRole('button', { name: 'Create link' }).click();
      await expect(popup.getByTestId('created-link')).toContainText('Expires');
    }
    expect(await popup.evaluate(overflowing), 'with a link').toEqual([]);
    await popup.reload();
    await expect(popup.getByTestId('recent-links').getByRole('button').first()).toBeVisible();
    expect(await popup.evaluate(overflowing), 'with recent links').toEqual([]);
    await popup.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`popup and options have no serious accessibility violations (${scheme})`, async ({
      extension,
    }) => {
      for (const path of ['/popup.html', '/options.html']) {
        const page = await openPage(extension, path);
        // Reduced motion stops the theme's colour transitions (page.css), which axe would
        // otherwise catch half way from light to dark (seen once on a busy machine).
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.getByRole('heading', { level: 1 }).waitFor();
        // The theme follows the browser's colour scheme.
        const background = await page.evaluate(
          () => getComputedStyle(document.body).backgroundColor,
        );
        expect(isDark(background), `${path} background ${background}`).toBe(scheme === 'dark');
        expect(await seriousViolations(page), path).toEqual([]);
        await page.close();
      }
    });
  }
});
