import type { browser as wxtBrowser } from '@wxt-dev/browser';

type Browser = typeof wxtBrowser;
type Scope = typeof globalThis & { browser?: Browser; chrome?: Browser };

let api: Browser | undefined;

/**
 * `wxt/browser` for the content scripts (aliased in wxt.config.ts). WXT's own picks `browser` or
 * `chrome` when the script starts by reading `browser.runtime.id`, and Chrome builds the runtime
 * API's bindings on that first read: a cost in every frame of every page. Here the choice is made
 * on first use, which most frames never reach.
 */
export const browser = new Proxy({} as Browser, {
  get(_, key) {
    const scope = globalThis as Scope;
    api ??= scope.browser?.runtime?.id ? scope.browser : scope.chrome;
    return api?.[key as keyof Browser];
  },
});
