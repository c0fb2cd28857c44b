/**
 * Keys that reach the page before the warning is drawn. The guard draws its dialog in the frame
 * after the event that decided; a user's next key can come sooner. These helpers make that
 * happen every time: key events sent over CDP without waiting for each queue up behind one
 * another, and the page holds its main thread when the warning's host appears, so the queued
 * keys are handled before any frame could draw the dialog.
 */
import type { Page } from '@playwright/test';

export interface QueuedKey {
  key: string;
  code: string;
  keyCode: number;
  /** CDP modifier bits held with it (2: Control). */
  modifiers?: number;
  /** The character it types, if any. */
  text?: string;
}

export const CONTROL_V: QueuedKey = { key: 'v', code: 'KeyV', keyCode: 86, modifiers: 2 };
export const ENTER: QueuedKey = { key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' };
export const TAB: QueuedKey = { key: 'Tab', code: 'Tab', keyCode: 9 };
export const SPACE: QueuedKey = { key: ' ', code: 'Space', keyCode: 32, text: ' ' };

const CONTROL: QueuedKey = { key: 'Control', code: 'ControlLeft', keyCode: 17, modifiers: 2 };

/** Busy-waits in the page for 300 ms whenever an element is added at the document's root. */
export async function holdMainThreadOnWarning(page: Page): Promise<void> {
  await page.evaluate(() => {
    new MutationObserver(() => {
      const until = performance.now() + 300;
      while (performance.now() < until);
    }).observe(document.documentElement, { childList: true });
  });
}

/** Presses (down, then up) each key in order, all sent at once. */
export async function pressQueued(page: Page, keys: QueuedKey[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const send = (type: 'rawKeyDown' | 'keyDown' | 'keyUp', key: QueuedKey, modifiers: number) =>
    cdp.send('Input.dispatchKeyEvent', {
      type,
      key: key.key,
      code: key.code,
      windowsVirtualKeyCode: key.keyCode,
      modifiers,
      ...(type === 'keyDown' && key.text ? { text: key.text } : {}),
    });
  const sent = keys.flatMap((key) => {
    const modifiers = key.modifiers ?? 0;
    const down = key.text ? 'keyDown' : 'rawKeyDown';
    if (modifiers === 0) return [send(down, key, 0), send('keyUp', key, 0)];
    return [
      send('rawKeyDown', CONTROL, modifiers),
      send(down, key, modifiers),
      send('keyUp', key, modifiers),
      send('keyUp', CONTROL, 0),
    ];
  });
  await Promise.all(sent);
  await cdp.detach();
}
