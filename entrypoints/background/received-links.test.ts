import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { claimReceivedLink, openReceivedLink, OPEN_PAGE } from './received-links';

const link = `https://links.example/s#${'i'.repeat(22)}.${'k'.repeat(43)}`;

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

async function openedToken(): Promise<string> {
  const tabs = await fakeBrowser.tabs.query({});
  const url = new URL(tabs.at(-1)?.url ?? '');
  expect(url.pathname).toBe(OPEN_PAGE);
  return url.hash.slice(1);
}

test('hands a link to the page by a token, once, and never puts it in an address', async () => {
  await openReceivedLink(link);
  const tabs = await fakeBrowser.tabs.query({});
  expect(tabs.map((tab) => tab.url).join(' ')).not.toContain('links.example');
  const token = await openedToken();
  expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(claimReceivedLink(token)).toBe(link);
  expect(claimReceivedLink(token)).toBeUndefined();
});

test('a link left unclaimed for a minute is dropped', async () => {
  vi.useFakeTimers({ now: Date.parse('2026-12-06T10:00:00Z') });
  await openReceivedLink(link);
  const token = await openedToken();
  vi.setSystemTime(Date.parse('2026-12-06T10:01:01Z'));
  expect(claimReceivedLink(token)).toBeUndefined();
});

test('an overlong link opens the page with nothing to claim', async () => {
  await openReceivedLink(link + 'x'.repeat(3000));
  expect(claimReceivedLink(await openedToken())).toBeUndefined();
});
