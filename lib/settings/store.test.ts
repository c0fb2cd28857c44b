import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyPendingSettings,
  cacheGuardSettings,
  discardPendingSettings,
  loadSettings,
  loadSettingsState,
  loadShareTarget,
  replaceSettings,
  saveSettings,
  settleConsent,
  watchSettings,
  watchSettingsState,
  type SettingsState,
} from './store';
import { DEFAULT_SETTINGS } from '.';

/** Another device, or any writer but this extension's own pages: sync only. */
const syncWrites = (settings: object) => fakeBrowser.storage.sync.set({ settings });
const TOKEN = 'tok' + '_' + 'a1B2c3D4e5F6g7H8';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a fresh install gets the defaults, with no link server', async () => {
    await settleConsent('install');
    const settings = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.serverUrl).toBe('');
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
    const stored = { serverUrl: 'https://links.example', share: { views: 'many', expiresIn: 300 } };
    await fakeBrowser.storage.local.set({ consentedSettings: stored });
    await syncWrites(stored);
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

  test('a policy read that hangs leaves the last policy seen in force, without its token', async () => {
    await fakeBrowser.storage.managed.set({
      serverUrl: 'https://corp.example',
      forbidPasteAnyway: true,
      createToken: TOKEN,
    });
    expect((await loadSettings()).defaultMode).toBe('block');
    await expect
      .poll(() => fakeBrowser.storage.local.get('managedPolicy'))
      .toEqual({ managedPolicy: { serverUrl: 'https://corp.example', forbidPasteAnyway: true } });
    // The next start: storage.managed does not answer in time.
    const spy = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockReturnValue(new Promise(() => undefined) as never);
    const state = await loadSettingsState();
    expect(state.settings.defaultMode).toBe('block');
    expect(state.settings.serverUrl).toBe('https://corp.example');
    expect(state.locked).toContain('serverUrl');
    spy.mockRestore();
  });

  test('Firefox without a policy rejects the read: that is no policy, and the cache forgets', async () => {
    await fakeBrowser.storage.local.set({ managedPolicy: { forbidPasteAnyway: true } });
    const spy = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockRejectedValue(new Error('Managed storage manifest not found'));
    expect((await loadSettings()).defaultMode).toBe('guard');
    await expect
      .poll(() => fakeBrowser.storage.local.get('managedPolicy'))
      .toEqual({ managedPolicy: {} });
    spy.mockRestore();
  });

  test('the create token goes only with the server the same policy sets', async () => {
    await fakeBrowser.storage.managed.set({ createToken: TOKEN });
    expect(await loadShareTarget()).toMatchObject({ byPolicy: false });
    expect((await loadShareTarget()).createToken).toBeUndefined();
    await fakeBrowser.storage.managed.set({ serverUrl: 'https://corp.example' });
    const target = await loadShareTarget();
    expect(target).toMatchObject({ byPolicy: true, createToken: TOKEN });
    expect(target.settings.serverUrl).toBe('https://corp.example');
    const state = await loadSettingsState();
    expect(state.createTokenSet).toBe(true);
    expect(JSON.stringify(state)).not.toContain(TOKEN);
  });
});

describe('consent to synced changes', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await settleConsent('install');
    await saveSettings({ serverUrl: 'https://mine.example' });
  });

  test('a synced move of the link server waits; the rest of the change applies', async () => {
    await syncWrites({
      ...DEFAULT_SETTINGS,
      serverUrl: 'https://elsewhere.example',
      share: { ...DEFAULT_SETTINGS.share, views: 5 },
    });
    const state = await loadSettingsState();
    expect(state.settings.serverUrl).toBe('https://mine.example');
    expect(state.settings.share.views).toBe(5);
    expect(state.pending?.changes.map((c) => c.lines)).toEqual([
      [{ what: 'server', from: 'https://mine.example', to: 'https://elsewhere.example' }],
    ]);
    expect((await loadShareTarget()).settings.serverUrl).toBe('https://mine.example');
  });

  test('apply takes exactly the settings shown, not a later synced write', async () => {
    await syncWrites({ ...DEFAULT_SETTINGS, serverUrl: 'https://elsewhere.example' });
    const shown = (await loadSettingsState()).pending?.synced;
    await syncWrites({ ...DEFAULT_SETTINGS, serverUrl: 'https://third.example' });
    await applyPendingSettings(shown as never);
    const state = await loadSettingsState();
    expect(state.settings.serverUrl).toBe('https://elsewhere.example');
    expect(state.pending?.changes[0]?.lines).toEqual([
      { what: 'server', from: 'https://elsewhere.example', to: 'https://third.example' },
    ]);
  });

  test('discard puts the settings in effect back into sync', async () => {
    await syncWrites({
      ...DEFAULT_SETTINGS,
      serverUrl: 'https://elsewhere.example',
      defaultMode: 'off',
    });
    await discardPendingSettings();
    const state = await loadSettingsState();
    expect(state.pending).toBeUndefined();
    expect(state.settings.serverUrl).toBe('https://mine.example');
    expect(state.settings.defaultMode).toBe('guard');
    expect(await fakeBrowser.storage.sync.get('settings')).toMatchObject({
      settings: { serverUrl: 'https://mine.example', defaultMode: 'guard' },
    });
  });

  test('a synced change that only tightens applies at once', async () => {
    await syncWrites({
      ...DEFAULT_SETTINGS,
      serverUrl: 'https://mine.example',
      defaultMode: 'block',
    });
    const state = await loadSettingsState();
    expect(state.pending).toBeUndefined();
    expect(state.settings.defaultMode).toBe('block');
  });

  test("the user's own save keeps a held change held", async () => {
    await syncWrites({ ...DEFAULT_SETTINGS, serverUrl: 'https://elsewhere.example' });
    await saveSettings({ minConfidence: 'medium' });
    const state = await loadSettingsState();
    expect(state.settings.minConfidence).toBe('medium');
    expect(state.settings.serverUrl).toBe('https://mine.example');
    expect(state.pending?.changes.map((c) => c.field)).toEqual(['serverUrl']);
  });

  test('an import the user applied is consented as a whole', async () => {
    await replaceSettings({
      ...DEFAULT_SETTINGS,
      serverUrl: 'https://imported.example',
      defaultMode: 'off',
    });
    const state = await loadSettingsState();
    expect(state.pending).toBeUndefined();
    expect(state.settings).toMatchObject({
      serverUrl: 'https://imported.example',
      defaultMode: 'off',
    });
  });

  test('watchers see a change arrive held, then applied', async () => {
    const seen: SettingsState[] = [];
    const stop = watchSettingsState((state) => seen.push(state));
    await syncWrites({
      ...DEFAULT_SETTINGS,
      defaultMode: 'off',
      serverUrl: 'https://mine.example',
    });
    await expect.poll(() => seen.at(-1)?.pending?.changes[0]?.field).toBe('defaultMode');
    expect(seen.at(-1)?.settings.defaultMode).toBe('guard');
    await applyPendingSettings(seen.at(-1)?.pending?.synced as never);
    await expect.poll(() => seen.at(-1)?.settings.defaultMode).toBe('off');
    expect(seen.at(-1)?.pending).toBeUndefined();
    stop();
  });

  test('a fresh install holds what sync brings; an update from before consent adopts it', async () => {
    fakeBrowser.reset();
    await syncWrites({ serverUrl: 'https://synced.example' });
    await settleConsent('install');
    expect((await loadSettings()).serverUrl).toBe(DEFAULT_SETTINGS.serverUrl);
    fakeBrowser.reset();
    await syncWrites({ serverUrl: 'https://synced.example' });
    await settleConsent('update');
    expect((await loadSettings()).serverUrl).toBe('https://synced.example');
    // Later updates never adopt a change that waits.
    await syncWrites({ serverUrl: 'https://rogue.example' });
    await settleConsent('update');
    expect((await loadSettings()).serverUrl).toBe('https://synced.example');
  });

  describe('the server versions before the first-run set-up shipped as their default', () => {
    const LEGACY = 'http://127.0.0.1:8787';
    const consentCopy = (settings: object) =>
      fakeBrowser.storage.local.set({ consentedSettings: settings });

    beforeEach(() => fakeBrowser.reset());

    test('is kept on update when nothing was ever saved', async () => {
      // Installed by a version with consent: it consented to its defaults, the old server included.
      await consentCopy({ ...DEFAULT_SETTINGS, serverUrl: LEGACY });
      await settleConsent('update');
      expect((await loadSettings()).serverUrl).toBe(LEGACY);
      expect((await loadSettingsState()).pending).toBeUndefined();
      // From before consent existed: nothing stored at all.
      fakeBrowser.reset();
      await settleConsent('update');
      expect((await loadSettings()).serverUrl).toBe(LEGACY);
    });

    test('is not invented for an install that chose none, nor over a saved server', async () => {
      await settleConsent('install');
      await settleConsent('update');
      expect((await loadSettings()).serverUrl).toBe('');
      fakeBrowser.reset();
      await settleConsent('install');
      await saveSettings({ serverUrl: 'https://mine.example' });
      await settleConsent('update');
      expect((await loadSettings()).serverUrl).toBe('https://mine.example');
    });
  });

  test('a synced "no server" applies at once: it sends secrets nowhere', async () => {
    await saveSettings({ serverUrl: 'https://mine.example' });
    await syncWrites({ ...DEFAULT_SETTINGS, serverUrl: '' });
    const state = await loadSettingsState();
    expect(state.settings.serverUrl).toBe('');
    expect(state.pending).toBeUndefined();
  });

  test('a policy with an empty server neither forces nor locks it', async () => {
    await fakeBrowser.storage.managed.set({ serverUrl: '' });
    const target = await loadShareTarget();
    expect(target.settings.serverUrl).toBe('https://mine.example');
    expect(target.byPolicy).toBe(false);
  });

  test('the guard cache is written only when it changes', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set');
    const settings = await loadSettings();
    await cacheGuardSettings(settings);
    await cacheGuardSettings(settings);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get('guardSettings')).toEqual({
      guardSettings: settings,
    });
    spy.mockRestore();
  });
});
