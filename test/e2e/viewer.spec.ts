import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { buildLink, createSecret } from '../../lib/link-crypto';
import { startServer, type RunningServer } from '../../server/main';
import { chromiumLaunchArgs, findChromium } from './browsers';
import { isDark } from './theme';

// The viewer needs no extension: it is a plain page served by the server, so this spec launches
// Debian's Chromium itself and starts its own server on a free port and a temp data directory.

let server: RunningServer;
let browser: Browser;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kw-viewer-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir, accessLog: false });
  browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: chromiumLaunchArgs,
  });
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function share(text: string, passphrase?: string): Promise<{ link: string; id: string }> {
  const sealed = await createSecret(text, passphrase === undefined ? {} : { passphrase });
  const res = await fetch(`${server.url}/api/secrets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      payload: sealed.payload,
      ...(sealed.passphraseSalt ? { passphrase: { salt: sealed.passphraseSalt } } : {}),
    }),
  });
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: string };
  return { link: buildLink(server.url, id, sealed.key), id };
}

async function newPage(locale?: string): Promise<{ page: Page; cspErrors: string[] }> {
  const context = await browser.newContext(locale ? { locale } : {});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  const cspErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  return { page, cspErrors };
}

const intro = 'Someone shared a secret with you. It can be viewed once.';

test('reveals once, hides the fragment, copies, then says the link is gone', async () => {
  const secret = 'token ✓ ' + 'x'.repeat(40) + ' 🔑';
  const { link } = await share(secret);
  const { page, cspErrors } = await newPage();

  await page.goto(link);
  await expect(page.getByRole('heading', { name: intro })).toBeVisible();
  // The key has left the address bar before the reader does anything.
  expect(page.url()).toBe(`${server.url}/s`);
  expect(await page.evaluate(() => window.location.hash)).toBe('');

  // Keyboard only: the heading has focus, Tab reaches Reveal, Enter presses it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Reveal' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('secret')).toHaveText(secret);
  await expect(page.getByText('This secret has been deleted from the server.')).toBeVisible();

  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'This link is incomplete' })).toBeVisible();

  await page.goto(link);
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(
    page.getByRole('heading', { name: 'This secret is no longer available' }),
  ).toBeVisible();
  await expect(page.getByText('ask the sender to rotate the secret')).toBeVisible();
  expect(cspErrors).toEqual([]);
  await page.context().close();
});

test('speaks the reader’s language from its own bundled catalogues', async () => {
  const { link } = await share('auf Deutsch');
  const { page, cspErrors } = await newPage('de-DE');
  await page.goto(link);
  await expect(
    page.getByRole('heading', {
      name: 'Jemand hat ein Geheimnis mit Ihnen geteilt. Es kann nur einmal angesehen werden.',
    }),
  ).toBeVisible();
  expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
    'de',
    'Einmaliges Geheimnis · Keywarden',
  ]);
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByTestId('secret')).toHaveText('auf Deutsch');
  await expect(page.getByText('Dieses Geheimnis wurde vom Server gelöscht.')).toBeVisible();
  expect(cspErrors).toEqual([]);
  await page.context().close();

  // Traditional Chinese readers get English, not the Simplified script.
  const { page: taiwan } = await newPage('zh-TW');
  await taiwan.goto(`${server.url}/s`);
  await expect(taiwan.getByRole('heading', { name: 'This link is incomplete' })).toBeVisible();
  await taiwan.context().close();
});

test('a wrong passphrase can be retried without burning the view', async () => {
  const { link, id } = await share('behind a passphrase', 'right horse');
  const { page } = await newPage();
  await page.goto(link);
  await page.getByRole('button', { name: 'Reveal' }).click();

  const field = page.getByLabel('Passphrase');
  await expect(field).toBeFocused();
  await field.fill('wrong horse');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('not right');
  await expect(field).toBeFocused();

  await field.fill('right horse');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('secret')).toHaveText('behind a passphrase');
  // The server handed the payload out exactly once.
  const again = await fetch(`${server.url}/api/secrets/${id}/reveal`, { method: 'POST' });
  expect(again.status).toBe(404);
  await page.context().close();
});

test('loading the page consumes nothing; it fits a phone and follows dark mode', async () => {
  const { link, id } = await share('still here');
  const { page } = await newPage();
  await page.setViewportSize({ width: 360, height: 640 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(link);
  await page.goto(link);
  const button = page.getByRole('button', { name: 'Reveal' });
  const box = await button.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(isDark(background), background).toBe(true);

  const reveal = await fetch(`${server.url}/api/secrets/${id}/reveal`, { method: 'POST' });
  expect(reveal.status).toBe(200);
  await page.context().close();
});
