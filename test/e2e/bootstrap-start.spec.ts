import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import vm from 'node:vm';
import { expect, test } from '@playwright/test';
import { CHROME_BUILD, FIREFOX_BUILD } from './extension-browser';

/**
 * The first read of the extension API in a frame builds its bindings there, a cost Chromium
 * counts in every frame of every page (docs/benchmarks.md, Page load); so the built bootstrap
 * must start without one, whatever its imports do as they load (@wxt-dev/i18n's pick of
 * `browser` or `chrome` did). It runs here as the built file, in a sub-frame's globals whose
 * `browser` and `chrome` count what is read from them.
 */
async function apiReadsAtStart(build: string): Promise<string[]> {
  const code = await readFile(join(build, 'content-scripts/content.js'), 'utf8');
  const reads: string[] = [];
  const api = new Proxy({}, { get: (_, key) => void reads.push(String(key)) });
  const listeners: string[] = [];
  const frame = {
    addEventListener: (type: string) => void listeners.push(type),
    removeEventListener: () => undefined,
  };
  const scope: Record<string, unknown> = {
    ...frame,
    AbortController,
    browser: api,
    chrome: api,
    document: frame,
    location: { protocol: 'https:' },
    top: {},
  };
  scope.window = scope.globalThis = scope;
  vm.runInNewContext(code, scope);
  // Settled, in case the start awaited anything.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(listeners).toContain('paste');
  return reads;
}

for (const [browserName, build] of [
  ['Chromium', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
] as const) {
  test(`the ${browserName} content script sets its listeners in a frame without reading the extension API`, async () => {
    expect(await apiReadsAtStart(build)).toEqual([]);
  });
}
