import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  loadSettingsState,
  saveSettings,
  watchSettings,
} from './settings';

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

  test('changes saved at once, as a blur then a click make them, are all kept', async () => {
    await Promise.all([
      saveSettings({ share: { views: 3 } }),
      saveSettings({ share: { requirePassphrase: true } }),
      saveSettings({ serverUrl: 'https://links.example' }),
    ]);
    const settings = await loadSettings();
    expect(settings.share).toEqual({
      ...DEFAULT_SETTINGS.share,
      views: 3,
      requirePassphrase: true,
    });
    expect(settings.serverUrl).toBe('https://links.example');
  });

  test('a stored field that does not validate falls back on its own', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { serverUrl: 'https://links.example', share: { views: 'many', expiresIn: 300 } },
    });
    const settings = await loadSettings();
    expect(settings.serverUrl).toBe('https://links.example');
    expect(settings.share).toEqual({ ...DEFAULT_SETTINGS.share, expiresIn: 300 });
  });

  test('the managed policy wins over the stored value and reaches watchers', async () => {
    await saveSettings({ serverUrl: 'https://mine.example' });
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.serverUrl));
    await fakeBrowser.storage.managed.set({ serverUrl: 'https://corp.example' });
    const state = await loadSettingsState();
    expect(state.settings.serverUrl).toBe('https://corp.example');
    expect(state.stored.serverUrl).toBe('https://mine.example');
    expect(state.locked).toEqual(['serverUrl']);
    await expect.poll(() => seen).toContain('https://corp.example');
    stop();
  });

  test('a policy read that hangs does not hold the settings back; watchers get it later', async () => {
    await saveSettings({ serverUrl: 'https://mine.example' });
    let answer: (value: object) => void = () => undefined;
    const slow = new Promise<object>((resolve) => (answer = resolve));
    const spy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(slow as never);
    expect((await loadSettings()).serverUrl).toBe('https://mine.example');
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.serverUrl));
    answer({ serverUrl: 'https://corp.example' });
    await expect.poll(() => seen).toEqual(['https://corp.example']);
    stop();
    spy.mockRestore();
  });
});
