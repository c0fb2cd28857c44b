import { browser } from '@wxt-dev/browser';
import { describe, expect, test, vi } from 'vitest';
import { readCatalogues } from '@/server/viewer/catalogue-plugin';
import { substitute } from '@/lib/i18n/bundled';
import { serverAddress } from './server-address';

// The fake browser has no catalogues: its words come from the English one.
const english = (await readCatalogues()).en ?? {};
vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) =>
  substitute(english[name] ?? ''),
);

describe('serverAddress', () => {
  test('keeps scheme, host and path, without the trailing slash, query or fragment', () => {
    expect(serverAddress(' https://paste.example.org/bin/ ')).toEqual({
      url: 'https://paste.example.org/bin',
    });
    expect(serverAddress('https://links.example/?x=1#y')).toEqual({ url: 'https://links.example' });
    expect(serverAddress('http://127.0.0.1:8787')).toEqual({ url: 'http://127.0.0.1:8787' });
  });

  test('refuses what the share client would refuse', () => {
    for (const typed of ['', 'links.example', 'http://links.example', 'ftp://x.example']) {
      expect(serverAddress(typed)).toHaveProperty('error', expect.stringMatching(/\w/));
    }
    // Assembled here, so the repository holds no address with a password in it.
    expect(serverAddress(['https://user', 'pw@links.example'].join(':'))).toHaveProperty('error');
  });
});
