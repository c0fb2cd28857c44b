/**
 * What specs read from a page. The functions run inside the page (passed to `evaluate`), so they
 * use only DOM globals and nothing imported.
 */
import type { ExtPage } from './extension-browser';

/** What a field holds, as its editor sees it: the value of a control, the text of an editor. */
export function fieldText(selector: string): string {
  const element = document.querySelector(selector);
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    return element.value;
  }
  return (element as HTMLElement | null)?.innerText ?? '';
}

/** Whether the warning is open in the page or in its framed editor. */
export function dialogOpen(): boolean {
  const frame = document.querySelector('iframe')?.contentDocument;
  return !!(document.querySelector(':root > div') ?? frame?.querySelector(':root > div'));
}

/** The textarea in the page's first iframe: focused (`focus`), or its value read. */
export function framedField(act: 'focus' | 'value'): string | null {
  const field = document.querySelector('iframe')?.contentDocument?.querySelector('textarea');
  if (act === 'focus') field?.focus();
  return field ? field.value : null;
}

/**
 * In an extension page: whether the background has kept the guard's settings on this device, as
 * it has in a profile in use (a fresh one does once the browser has read the managed policy).
 */
export async function hasCachedSettings(key: string): Promise<boolean> {
  type Local = { get(key: string): Promise<Record<string, unknown>> };
  const scope = globalThis as unknown as {
    browser?: { storage: { local: Local } };
    chrome: { storage: { local: Local } };
  };
  return (await (scope.browser ?? scope.chrome).storage.local.get(key))[key] !== undefined;
}

/**
 * Waits out the moments after the dialog appears in which it takes no click and no way around it
 * (Paste anyway, Send anyway): warning-ui.ts's CLICK_DELAY_MS, and a margin.
 */
export function untilDialogArmed(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 500));
}

/** Opens the plain composers fixture and waits for it. */
export async function openComposers(page: ExtPage, url: string): Promise<void> {
  await page.goto(url);
  await page.textOf('#chat');
}
