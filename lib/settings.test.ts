import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings } from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a fresh install gets the defaults, pointing at the local server', async () => {
    const settings = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.serverUrl).toBe('http://127.0.0.1:8787');
  });

  test('saved changes keep the other fields and reach watchers', async () => {
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.serverUrl));
    await saveSettings({ serverUrl: 'https://links.example' });
    await saveSettings({ share: { expiresIn: 3600, views: 2, requirePassphrase: true } });
    const settings = await loadSettings();
    expect(settings.serverUrl).toBe('https://links.example');
    expect(settings.share.views).toBe(2);
    expect(settings.siteRules).toEqual(DEFAULT_SETTINGS.siteRules);
    expect(seen).toContain('https://links.example');
    stop();
  });
});
