import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchGuardSettings } from './guard';
import { DEFAULT_SETTINGS, type Settings } from '.';
import { GUARD_SETTINGS_KEY } from './guard-cache';

const blocked: Settings = { ...DEFAULT_SETTINGS, defaultMode: 'block' };

describe('watchGuardSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  test('the cached answer guards while the background has not answered', async () => {
    await fakeBrowser.storage.local.set({ [GUARD_SETTINGS_KEY]: blocked });
    const spy = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockReturnValue(new Promise(() => undefined) as never);
    const seen: Settings[] = [];
    const stop = watchGuardSettings((settings) => seen.push(settings));
    await expect.poll(() => seen).toEqual([blocked]);
    stop();
    spy.mockRestore();
  });

  test('a cached answer arriving after the exact one is ignored', async () => {
    const exact: Settings = { ...DEFAULT_SETTINGS, minConfidence: 'high' };
    let release: () => void = () => undefined;
    const slowCache = new Promise<Record<string, unknown>>((resolve) => {
      release = () => resolve({ [GUARD_SETTINGS_KEY]: blocked });
    });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockReturnValue(slowCache as never);
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, settings: exact } as never);
    const seen: Settings[] = [];
    const stop = watchGuardSettings((settings) => seen.push(settings));
    await expect.poll(() => seen.at(-1)).toEqual(exact);
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.at(-1)).toEqual(exact);
    stop();
    get.mockRestore();
    send.mockRestore();
  });

  test('a consent given in the options page makes the guard ask again', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, settings: DEFAULT_SETTINGS } as never);
    const stop = watchGuardSettings(() => undefined);
    await expect.poll(() => send.mock.calls.length).toBe(2);
    await fakeBrowser.storage.local.set({ consentedSettings: DEFAULT_SETTINGS });
    await expect.poll(() => send.mock.calls.length).toBe(3);
    stop();
    send.mockRestore();
  });
});
