import { browser } from 'wxt/browser';
import { editableTargetOf, eventOrigin } from '@/lib/insert-text';
import { sendMessage } from '@/lib/messages';
import {
  GUARD_EVENTS,
  incomingOf,
  type GuardModule,
  type HeldIncoming,
  type LoadedGuard,
} from './guard-events';
import type { GuardLifetime } from './lifetime';
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
  if (event instanceof KeyboardEvent) return event.key === 'Control' || event.key === 'Meta';
  return event.type === 'contextmenu' || !!editableTargetOf(event);
}

/**
 * What runs in every frame from document_start: the guard's capture listeners, and nothing else
 * until a frame needs the guard. Most frames never take a paste; they pay for these listeners only.
 * The guard loads on the first focus of an editable element (closed shadow roots included), so it
 * is ready before the paste that usually follows, or on another sign of one (`announcesPaste`); a
 * paste or drop that comes first is held, and decided and inserted once it has loaded.
 */
export function startBootstrap(lifetime: GuardLifetime): void {
  // No check of the extension's presence here: it has just injected this script, and the check
  // reads `runtime.id`, which costs every frame (see lazy-browser.ts). Each event checks it.
  let guard: LoadedGuard | undefined;
  let loading: Promise<void> | undefined;
  const held: HeldIncoming[] = [];
  const load = () =>
    (loading ??= (
      import(/* @vite-ignore */ browser.runtime.getURL(GUARD_MODULE)) as Promise<{
        default: GuardModule;
      }>
    )
      .then((module) => module.default.startGuard(lifetime, held.length > 0))
      .then(
        (loaded) => {
          guard = loaded;
          for (const incoming of held.splice(0)) loaded.decideHeld(incoming);
        },
        () => {
          // The extension was updated or removed under the page: held pastes stay held (nothing
          // unchecked goes in), and a later need tries again.
          held.length = 0;
          loading = undefined;
        },
      ));

  const onEvent = (event: Event) => {
    if (guard) {
      guard.handle(event);
      return;
    }
    if (!event.isTrusted) return;
    if (event.type === 'focusin' || event.type === 'contextmenu' || event.type === 'keydown') {
      if (announcesPaste(event)) void load();
      return;
    }
    const incoming = incomingOf(event);
    const data = incoming?.data;
    if (!incoming || !data) return;
    const text = data.getData('text/plain');
    if (!text && !data.getData('text/html')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push({
      event,
      trigger: incoming.trigger,
      data: copyTransfer(data, text),
      origin: eventOrigin(event),
      focused: document.activeElement,
    });
    void load();
  };
  for (const type of GUARD_EVENTS) {
    lifetime.addEventListener(window, type, onEvent, { capture: true });
  }

  // Only the top frame speaks for the tab; sub-frames would just repeat it.
  if (window.top === window) void sendMessage({ type: 'guard.ready' }).catch(() => undefined);
}
