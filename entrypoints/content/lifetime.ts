import { browser } from 'wxt/browser';

/**
 * How long the guard's listeners, timers and dialog live. It ends only when the extension itself
 * is gone (updated, disabled or removed: `runtime.id` is then undefined) or when a newer copy of
 * the guard starts in this frame and says so through the content scripts' own global, which no
 * page script can reach. Nothing the page can send ends it.
 *
 * WXT's ContentScriptContext, which this replaces, ended on a DOM event any page can dispatch and
 * announced every copy to the page with `postMessage`; the build swaps it for an empty class
 * (wxt.config.ts).
 */
export interface GuardLifetime {
  /** True once ended; checking it also notices an extension that is gone. */
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): void;
  setTimeout(callback: () => void, ms: number): void;
  requestAnimationFrame(callback: () => void): void;
  requestIdleCallback(callback: () => void, options?: IdleRequestOptions): void;
  /** Adding the same listener again for the same type and phase adds nothing (the DOM's rule). */
  addEventListener<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    listener: (event: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
}

/** Where the running copy keeps its stop function: the content scripts' global, not the page's. */
const CURRENT_GUARD = '__keywardenGuardStop';
type GuardGlobal = typeof globalThis & { [CURRENT_GUARD]?: () => void };

export function startLifetime(): GuardLifetime {
  const controller = new AbortController();
  const { signal } = controller;
  const end = () => controller.abort();
  const scope = globalThis as GuardGlobal;
  scope[CURRENT_GUARD]?.();
  scope[CURRENT_GUARD] = end;

  const live = () => {
    if (!signal.aborted && !browser.runtime?.id) end();
    return !signal.aborted;
  };
  /** Timers are not cancelled when the guard ends: they fire and do nothing. */
  const whileLive = (callback: () => void) => () => void (live() && callback());
  /** One wrapper per listener, so that the DOM sees the same function each time it is added. */
  const wrapped = new WeakMap<(event: never) => void, (event: Event) => void>();
  return {
    get isInvalid() {
      return !live();
    },
    onInvalidated: (callback) => signal.addEventListener('abort', callback),
    setTimeout: (callback, ms) => void setTimeout(whileLive(callback), ms),
    requestAnimationFrame: (callback) => void requestAnimationFrame(whileLive(callback)),
    requestIdleCallback: (callback, options) =>
      void requestIdleCallback(whileLive(callback), options),
    addEventListener(target, type, listener, options) {
      let liveListener = wrapped.get(listener);
      if (!liveListener) {
        liveListener = (event) => void (live() && listener(event as WindowEventMap[typeof type]));
        wrapped.set(listener, liveListener);
      }
      target.addEventListener(type, liveListener, { ...options, signal });
    },
  };
}
