import { browser } from 'wxt/browser';
import { editableTargetOf, eventOrigin, isTextControl, saveCaret } from '@/lib/insert-text';
import { sendMessage } from '@/lib/messages';
import { readCachedGuardSettings } from '@/lib/settings/guard-cache';
import {
  GUARD_EVENTS,
  incomingOf,
  type GuardModule,
  type HeldIncoming,
  type LoadedGuard,
} from './guard-events';
import type { GuardLifetime } from './lifetime';
import { holdsDraft, maySend } from './held-send';
import { copyTransfer } from './transfer';

/**
 * The guard, its detectors and its dialog, built as their own module (entrypoints/content-guard.ts).
 * Chrome serves it to content scripts only at the session's dynamic extension URL
 * (`use_dynamic_url`), which `runtime.getURL` gives; Firefox's extension origin is a random UUID
 * per install. Either way a page has no address to fetch or probe.
 */
const GUARD_MODULE = '/content-guard.js';

/**
 * Signs that a paste may come: a field taking the focus, a right click (the menu that pastes), or
 * Control or Command going down (the first half of a paste shortcut, some 100 ms ahead of it).
 */
function announcesPaste(event: Event): boolean {
  if (event instanceof KeyboardEvent) {
    return event.type === 'keydown' && (event.key === 'Control' || event.key === 'Meta');
  }
  return event.type === 'contextmenu' || !!editableTargetOf(event);
}

/**
 * An Enter in a field, which may send what it holds: held until the guard decides. Shift+Enter
 * (a newline in chat composers) and Alt+Enter are left alone; a held key is given back as a plain
 * or Control/Command Enter.
 */
const mayBeSend = (event: KeyboardEvent) =>
  event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.isComposing;

/** A button's press, from its start to the click, held as one gesture. */
const PRESS_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];

/**
 * Keeps what a held event tells of where it happened: once its dispatch is over, its path is
 * emptied and a target in a shadow tree cleared. The properties are set on this world's view of
 * the event; the page's scripts do not see them.
 */
function keepPath(event: Event): void {
  const path = event.composedPath();
  Object.defineProperties(event, {
    composedPath: { value: () => path },
    target: { value: event.target },
  });
}

/**
 * What runs in every frame from document_start: the guard's capture listeners, and nothing else
 * until a frame needs the guard. Most frames never take a paste; they pay for these listeners only.
 * The guard loads on the first focus of an editable element (closed shadow roots included), so it
 * is ready before the paste that usually follows, or on another sign of one (`announcesPaste`); a
 * paste or drop that comes first is held, and decided and inserted once it has loaded. A send
 * that comes first is held too: a press on a button near a draft (from its pointerdown, which
 * starts the load, to its click) or a form's submit, replayed or warned about once it has loaded.
 */
export function startBootstrap(lifetime: GuardLifetime): void {
  // No check of the extension's presence here: it has just injected this script, and the check
  // reads `runtime.id`, which costs every frame (see lazy-browser.ts). Each event checks it.
  let guard: LoadedGuard | undefined;
  let loading: Promise<void> | undefined;
  /** What was held until the guard is loaded, in the order it happened. */
  const pending: ((guard: LoadedGuard) => void)[] = [];
  /** Enter keys held: their release is held too, and noted for the guard. */
  const heldKeys = new Map<string, { released: boolean }>();
  /** The press being held, until its click. */
  let press: MouseEvent[] | undefined;
  const load = () => {
    if (loading) return loading;
    // The settings kept on this device are read while the module loads, not after: their answer
    // takes tens of milliseconds, which a paste with no field focused would otherwise wait for.
    const cachedSettings = readCachedGuardSettings();
    return (loading = (
      import(/* @vite-ignore */ browser.runtime.getURL(GUARD_MODULE)) as Promise<{
        default: GuardModule;
      }>
    )
      .then((module) => module.default.startGuard(lifetime, pending.length > 0, cachedSettings))
      .then(
        (loaded) => {
          guard = loaded;
          for (const decide of pending.splice(0)) decide(loaded);
        },
        () => {
          // The extension was updated or removed under the page: what was held stays held
          // (nothing unchecked goes in), and a later need tries again.
          pending.length = 0;
          loading = undefined;
          press = undefined;
        },
      ));
  };
  const hold = (event: Event, decide: (guard: LoadedGuard) => void) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    pending.push(decide);
    void load();
  };

  /**
   * The page's listeners see none of a held press until the guard gives it back; only its click
   * is cancelled (the others' defaults, such as the focus a mousedown moves, are left alone, and
   * a cancelled pointerdown would cancel the mouse events that follow it).
   */
  const holdPress = (event: MouseEvent) => {
    if (event.button !== 0) return;
    if (event.type === 'pointerdown' || (event.type === 'click' && !press)) {
      press = undefined;
      if (!maySend(event)) return;
      const held: MouseEvent[] = (press = []);
      pending.push((loaded) => loaded.decideHeldPress(held));
      void load();
    }
    if (!press) return;
    keepPath(event);
    press.push(event);
    event.stopImmediatePropagation();
    if (event.type === 'click') {
      event.preventDefault();
      press = undefined;
    }
  };

  const onEvent = (event: Event) => {
    if (guard) {
      guard.handle(event);
      return;
    }
    if (!event.isTrusted) return;
    if (event instanceof KeyboardEvent) {
      const heldKey = event.type === 'keyup' ? heldKeys.get(event.code) : undefined;
      if (heldKey) {
        heldKeys.delete(event.code);
        heldKey.released = true;
        hold(event, () => undefined);
      } else if (event.type === 'keydown' && mayBeSend(event)) {
        const field = editableTargetOf(event);
        if (!field) return;
        const key = { released: false };
        heldKeys.set(event.code, key);
        keepPath(event);
        // Only a textarea's newline is put back where it was pressed (enter-habits.ts): an
        // editor's live range would only cost the page's every DOM change meanwhile.
        const caret = isTextControl(field) ? saveCaret(field) : undefined;
        hold(event, (loaded) => loaded.decideHeldKey(event, caret, key.released));
      } else if (announcesPaste(event)) void load();
      return;
    }
    if (event.type === 'focusin' || event.type === 'contextmenu') {
      // A send button that takes the focus (by Tab) may be pressed next.
      if (announcesPaste(event) || maySend(event)) void load();
      return;
    }
    if (PRESS_EVENTS.includes(event.type)) {
      holdPress(event as MouseEvent);
      return;
    }
    if (event.type === 'submit') {
      const form = event.target;
      if (form instanceof HTMLFormElement && holdsDraft(form)) {
        hold(event, (loaded) => loaded.decideHeldSubmit(event as SubmitEvent));
      }
      return;
    }
    const incoming = incomingOf(event);
    const data = incoming?.data;
    if (!incoming || !data) return;
    const text = data.getData('text/plain');
    if (!text && !data.getData('text/html')) return;
    const held: HeldIncoming = {
      event,
      trigger: incoming.trigger,
      data: copyTransfer(data, text),
      origin: eventOrigin(event),
      focused: document.activeElement,
    };
    hold(event, (loaded) => loaded.decideHeld(held));
  };
  const listen = () => {
    for (const type of GUARD_EVENTS) {
      lifetime.addEventListener(window, type, onEvent, { capture: true });
    }
  };
  listen();
  // document.open() takes every listener off the window and the document, this world's too: an
  // editor that writes its about:blank frame so (CKEditor 4, older TinyMCE) would be unguarded.
  // It empties the document first, which this sees. Only in such frames: watching every frame's
  // document cost 0.2-0.35 ms of script and 16 KB of heap per frame, asking which frame this is
  // about 0.06 ms (bench:pageload).
  if (location.protocol === 'about:') {
    const rewrites = new MutationObserver(listen);
    rewrites.observe(document, { childList: true });
    lifetime.onInvalidated(() => rewrites.disconnect());
  }

  // Only the top frame speaks for the tab; sub-frames would just repeat it.
  if (window.top === window) void sendMessage({ type: 'guard.ready' }).catch(() => undefined);
}
