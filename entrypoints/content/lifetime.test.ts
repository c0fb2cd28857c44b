import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLifetime } from './lifetime';

/** The window the listeners go on: only its event dispatch matters here. */
const target = () => new EventTarget() as unknown as Window;

describe('the guard lifetime', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('keeps its listeners through any event the page can send', () => {
    const window = target();
    const lifetime = startLifetime();
    const pastes = vi.fn();
    lifetime.addEventListener(window, 'paste', pastes);
    for (const type of ['wxt:content-script-started', 'message', 'keywarden:stop']) {
      window.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content' } }));
    }
    window.dispatchEvent(new Event('paste'));
    expect(pastes).toHaveBeenCalledTimes(1);
    expect(lifetime.isInvalid).toBe(false);
  });

  it('ends when a newer copy of the guard starts in the same frame', () => {
    const window = target();
    const older = startLifetime();
    const olderPastes = vi.fn();
    const ended = vi.fn();
    older.addEventListener(window, 'paste', olderPastes);
    older.onInvalidated(ended);
    const newer = startLifetime();
    const newerPastes = vi.fn();
    newer.addEventListener(window, 'paste', newerPastes);
    window.dispatchEvent(new Event('paste'));
    expect([older.isInvalid, newer.isInvalid]).toEqual([true, false]);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(olderPastes).not.toHaveBeenCalled();
    expect(newerPastes).toHaveBeenCalledTimes(1);
  });

  it('ends, and its timers do nothing, once the extension is gone', async () => {
    const window = target();
    const lifetime = startLifetime();
    const pastes = vi.fn();
    const timer = vi.fn();
    lifetime.addEventListener(window, 'paste', pastes);
    lifetime.setTimeout(timer, 0);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    window.dispatchEvent(new Event('paste'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(pastes).not.toHaveBeenCalled();
    expect(timer).not.toHaveBeenCalled();
    expect(lifetime.isInvalid).toBe(true);
  });
});
