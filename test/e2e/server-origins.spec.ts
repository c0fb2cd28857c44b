import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { startServer, type RunningServer } from '../../server/main';
import { fakePayload } from '../server/harness';
import { chromiumLaunchArgs, findChromium, findFirefox } from './browsers';

// CORS and Sec-Fetch-Site are the browser's to enforce and to send, so this runs in both. The
// link server listens on 127.0.0.1; the "other site" is a blank page on localhost, another site.

let server: RunningServer;
let otherSite: Server;
let otherUrl: string;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kw-origins-'));
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    accessLog: false,
    rateLimitPerMinute: 0,
  });
  otherSite = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>elsewhere</title>');
  });
  await new Promise<void>((done) => otherSite.listen(0, '127.0.0.1', done));
  otherUrl = `http://localhost:${(otherSite.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await server?.close();
  await new Promise((done) => otherSite?.close(done));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The two calls this spec needs, which Playwright's and puppeteer's pages share. */
interface AnyPage {
  goto(url: string): Promise<unknown>;
  evaluate<A, R>(fn: (arg: A) => Promise<R>, arg: A): Promise<R>;
}

interface CrossSiteAnswers {
  created: number;
  status: number;
  corsReveal: string;
  noCorsReveal: string;
}

/** From a page on another site: create and status work; reveal can be neither read nor spent. */
function fromOtherSite(page: AnyPage, api: string, payload: string) {
  return page.evaluate(
    async ({ api, payload }): Promise<CrossSiteAnswers> => {
      const made = await fetch(`${api}/api/secrets`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ payload }),
      });
      const { id, manageToken } = (await made.json()) as { id: string; manageToken: string };
      const status = await fetch(`${api}/api/secrets/${id}`, {
        headers: { Authorization: `Bearer ${manageToken}` },
      });
      const reveal = `${api}/api/secrets/${id}/reveal`;
      const corsReveal = await fetch(reveal, { method: 'POST' }).then(
        (res) => `read ${res.status}`,
        (error: Error) => error.name,
      );
      // Sent all the same; the answer is withheld (Cross-Origin-Resource-Policy), but a server
      // that acted on the request would have burnt the link.
      const noCorsReveal = await fetch(reveal, { method: 'POST', mode: 'no-cors' }).then(
        (res) => res.type,
        (error: Error) => error.name,
      );
      window.name = JSON.stringify({ id, manageToken });
      return { created: made.status, status: status.status, corsReveal, noCorsReveal };
    },
    { api, payload },
  );
}

async function check(page: AnyPage): Promise<void> {
  await page.goto(otherUrl);
  const answers = await fromOtherSite(page, server.url, fakePayload());
  expect(answers).toEqual({
    created: 201,
    status: 200,
    corsReveal: 'TypeError',
    noCorsReveal: 'TypeError',
  });
  const { id, manageToken } = JSON.parse(
    await page.evaluate(async () => window.name, undefined),
  ) as { id: string; manageToken: string };
  // Neither reveal was spent: the secret is still there, all its views left.
  const status = await fetch(`${server.url}/api/secrets/${id}`, {
    headers: { Authorization: `Bearer ${manageToken}` },
  });
  expect(status.status).toBe(200);
  expect(((await status.json()) as { viewsLeft: number }).viewsLeft).toBe(1);
  // The viewer's own request, same-origin, still reveals it.
  await page.goto(`${server.url}/s`);
  const viewer = await page.evaluate(
    async (path) => (await fetch(path, { method: 'POST' })).status,
    `api/secrets/${id}/reveal`,
  );
  expect(viewer).toBe(200);
}

test('another site can create and manage links but not read or spend a reveal (Chromium)', async () => {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: chromiumLaunchArgs,
  });
  try {
    await check(await (await browser.newContext()).newPage());
  } finally {
    await browser.close();
  }
});

test('another site can create and manage links but not read or spend a reveal (Firefox) @firefox-only', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'kw-origins-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
  });
  try {
    const page = await browser.newPage();
    await check({
      goto: (url) => page.goto(url),
      // puppeteer types the argument after serialisation; these arguments are plain JSON.
      evaluate: <A, R>(fn: (arg: A) => Promise<R>, arg: A) =>
        page.evaluate(fn as (arg: unknown) => Promise<R>, arg) as Promise<R>,
    });
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
