import type { GuardTrigger } from '@/lib/history';
import type { Caret } from '@/lib/insert-text';
import type { GuardLifetime } from './lifetime';
import type { Settings } from '@/lib/settings';

/**
 * The events the guard acts on, all listened for on the window in the capture phase from
 * document_start by the bootstrap (index.ts), so that no page listener runs before the guard's.
 */
export const GUARD_EVENTS = [
  'paste',
  'drop',
  'beforeinput',
  'focusin',
  'contextmenu',
  'keydown',
  'keyup',
  'submit',
  'pointerdown',
  'mousedown',
  'pointerup',
  'mouseup',
  'click',
] as const;
export type GuardEventType = (typeof GUARD_EVENTS)[number];

/** Editors that insert from beforeinput (and spell-check replacements) carry the text there. */
const INCOMING_INPUT_TYPES = ['insertFromPaste', 'insertFromDrop', 'insertReplacementText'];

/** A paste or drop (or the beforeinput that carries one): its trigger and payload. */
export function incomingOf(
  event: Event,
): { trigger: GuardTrigger; data: DataTransfer | null } | undefined {
  if (event instanceof ClipboardEvent) return { trigger: 'paste', data: event.clipboardData };
  if (event instanceof DragEvent) return { trigger: 'drop', data: event.dataTransfer };
  if (!(event instanceof InputEvent) || !INCOMING_INPUT_TYPES.includes(event.inputType)) return;
  const trigger = event.inputType === 'insertFromDrop' ? 'drop' : 'paste';
  return { trigger, data: event.dataTransfer };
}

/**
 * A paste or drop the bootstrap held because the guard was not loaded yet. What the event can no
 * longer tell once its dispatch is over is taken while it runs: its clipboard (unreadable after
 * the handler), where it happened (its path is emptied) and what had the focus.
 */
export interface HeldIncoming {
  event: Event;
  trigger: GuardTrigger;
  data: DataTransfer;
  origin: EventTarget | undefined;
  focused: Element | null;
}

/** The loaded guard, as the bootstrap drives it. */
export interface LoadedGuard {
  /** Runs the guard's own handler for one of the GUARD_EVENTS. */
  handle(event: Event): void;
  /** Decides a held paste or drop: inserted as the browser would have, or warned about. */
  decideHeld(held: HeldIncoming): void;
  /**
   * Decides a held Enter: a send stopped and warned about, or the key given back. `caret`: where
   * a text field's caret was when the key was held, which keys typed since may have moved;
   * `released`: its release came before the guard had loaded, and was held with it.
   */
  decideHeldKey(event: KeyboardEvent, caret?: Caret, released?: boolean): void;
  /** Decides a held press on a button (from its start, possibly to its click): warned or replayed. */
  decideHeldPress(events: MouseEvent[]): void;
  /** Decides a held form submit: warned about, or submitted again. */
  decideHeldSubmit(event: SubmitEvent): void;
}

/** What the lazily loaded module (entrypoints/content-guard.ts) exports. */
export interface GuardModule {
  /**
   * Resolves once the user's settings are known, so nothing is decided on the defaults.
   * `cachedSettings`: the settings kept on this device, already being read.
   */
  startGuard(
    lifetime: GuardLifetime,
    pasteWaiting: boolean,
    cachedSettings: Promise<Settings | undefined>,
  ): Promise<LoadedGuard>;
}

/** Holds an event back: neither the page's listeners nor the browser's default action get it. */
export function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}
