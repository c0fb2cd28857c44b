import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { replaceSettings } from '@/lib/settings/store';
import { shareOne, shareSecrets } from './share';

const created = () =>
  new Response(
    JSON.stringify({
      id: 'i'.repeat(22),
      manageToken: 'm'.repeat(32),
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    }),
    { status: 201 },
  );

// Keywarden answers its kind probe with its health; the rest is answered as a create.
const keywardenFetch = (url: string) =>
  Promise.resolve(
    url.endsWith('/api/health')
      ? new Response(JSON.stringify({ status: 'ok', store: 'sqlite', version: '0.1.0' }))
      : created(),
  );

// The kind probe is not a create.
const creates = (fetch: { mock: { calls: unknown[][] } }) =>
  fetch.mock.calls.filter(([url]) => !String(url).endsWith('/api/health'));

describe('sharing needs a consented server', () => {
  const fetch = vi.fn(keywardenFetch);
  const contains = vi.fn((_request: { origins: string[] }) => Promise.resolve(false));

  beforeEach(() => {
    fakeBrowser.reset();
    fetch.mockClear();
    contains.mockClear();
    vi.stubGlobal('fetch', fetch);
    fakeBrowser.permissions.contains = contains as never;
  });
  afterEach(() => vi.unstubAllGlobals());

  test('a server whose origin was never granted gets nothing, and the reply names it', async () => {
    await replaceSettings({ ...DEFAULT_SETTINGS, serverUrl: 'https://links.example/base' });
    expect(await shareSecrets(['a secret'])).toEqual({
      ok: false,
      reason: 'not-allowed',
      origin: 'https://links.example',
    });
    expect(await shareOne('a secret', { expiresIn: 3600, views: 1 })).toMatchObject({
      reason: 'not-allowed',
    });
    expect(contains).toHaveBeenCalledWith({ origins: ['https://links.example/*'] });
    expect(fetch).not.toHaveBeenCalled();
  });

  test('a granted origin is shared to', async () => {
    contains.mockResolvedValue(true);
    await replaceSettings({ ...DEFAULT_SETTINGS, serverUrl: 'https://links.example' });
    expect(await shareSecrets(['a secret'])).toMatchObject({ ok: true });
    expect(creates(fetch)).toHaveLength(1);
  });

  test('no server chosen yet: nothing is sent, and the reply says so', async () => {
    expect(await shareSecrets(['a secret'])).toEqual({ ok: false, reason: 'no-server' });
    expect(await shareOne('a secret', { expiresIn: 3600, views: 1 })).toEqual({
      ok: false,
      reason: 'no-server',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  test('a loopback server needs no grant', async () => {
    await replaceSettings({ ...DEFAULT_SETTINGS, serverUrl: 'http://127.0.0.1:8787' });
    expect(await shareSecrets(['a secret'])).toMatchObject({ ok: true });
    expect(contains).not.toHaveBeenCalled();
  });

  test("the administrator's server is their consent, and gets their token", async () => {
    const token = 'tok' + '_' + 'Rr44Tt55Yy66';
    await fakeBrowser.storage.managed.set({
      serverUrl: 'https://corp.example',
      createToken: token,
    });
    expect(await shareSecrets(['a secret'])).toMatchObject({ ok: true });
    const [url, init] = creates(fetch)[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://corp.example/api/secrets');
    expect(new Headers(init.headers).get('Authorization')).toBe(`Bearer ${token}`);
  });
});
