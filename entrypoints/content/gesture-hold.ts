import {
  editableTargetOf,
  isTextControl,
  type Caret,
  type EditableElement,
} from '@/lib/insert-text';
import type { SiteAdapter } from './adapters/generic';
import { enterHabits, isPlainEnter, replayEnter } from './enter-habits';
import { highOnly, type FindingsFilter } from './findings-filter';
import { hold, type LoadedGuard } from './guard-events';
import { formSubmittedBy, pressSend, replayPress, resubmit } from './held-send';
import type { ShowWarning } from './incident';
import type { GuardLifetime } from './lifetime';

export interface SendOptions {
  show?: ShowWarning;
  /** Which findings count (a guessed send counts only the surest). */
  keep?: FindingsFilter;
  /** A key the bootstrap held before the guard was loaded: clean, it is sent on as it was. */
  late?: boolean;
}

export interface GestureContext {
  adapter: SiteAdapter;
  /**
   * A send about to carry `element`'s text: held and warned about when it holds a secret,
   * `resend` going on with it if the user says so. True when the guard took the event.
   */
  guardSend(
    event: Event,
    element: EditableElement,
    resend: () => void,
    options: SendOptions,
  ): boolean;
  /** A key the open warning acts on before it is drawn (see WarningUi). */
  takeEarlyKey(event: KeyboardEvent): boolean;
  lifetime: Pick<GuardLifetime, 'setTimeout' | 'addEventListener'>;
}

/** The handlers for the gestures that send, and the bootstrap's held ones decided. */
export interface GestureHold extends Pick<
  LoadedGuard,
  'decideHeldKey' | 'decideHeldPress' | 'decideHeldSubmit'
> {
  keydown(event: KeyboardEvent): void;
  keyup(event: KeyboardEvent): void;
  submit(event: SubmitEvent): void;
  /** Each of pointerdown, mousedown, pointerup, mouseup and click. */
  press(event: Event): void;
}

/**
 * Which key presses, button presses and form submits are sends, held while the guard decides,
 * with the rest of their gesture (a key's release, a press's mouseup and click) held with them.
 */
export function createGestureHold({
  adapter,
  guardSend,
  takeEarlyKey,
  lifetime,
}: GestureContext): GestureHold {
  /** An Enter the bootstrap held before the guard was loaded (see `decideHeldKey`). */
  let lateKey: KeyboardEvent | undefined;
  /** Where that Enter was pressed in its field, for its newline given back later. */
  let lateCaret: Caret | undefined;
  /** Keys whose press the guard held: their release is held too. */
  const heldKeys = new Set<string>();
  /** A send button whose press was held: the rest of the press is held with it. */
  let heldPress: HTMLElement | undefined;
  /** Opens the warning held for the press's release, once that release was held. */
  let onRelease: (() => void) | undefined;

  const send = (
    event: Event,
    element: EditableElement,
    resend: () => void,
    show?: ShowWarning,
    keep?: FindingsFilter,
  ) => guardSend(event, element, resend, { show, keep, late: event === lateKey });

  /**
   * An Enter held before the guard was loaded that is no send the guard stops: given back to
   * the page and, where the page leaves it alone, doing what the browser would have done.
   */
  const replayLateEnter = (event: KeyboardEvent) => {
    const field = editableTargetOf(event);
    if (!field) return;
    heldKeys.add(event.code);
    replayEnter(field, event, lateCaret);
  };
  const holdsKey = (event: KeyboardEvent): boolean => {
    if (takeEarlyKey(event)) return true;
    if (event.key === 'Enter' || event.key === ' ') {
      // A send button with the focus: Closure buttons act on the key press itself.
      const button = adapter.sendButtonOf(event);
      const element = button && adapter.composerForButton(button);
      if (button && element) return send(event, element, () => pressSend(button));
    }
    if (adapter.isSendKey(event)) {
      const element = editableTargetOf(event);
      return !!element && send(event, element, () => adapter.resendKey(element, event));
    }
    return holdsPlainEnter(event);
  };
  const habits = enterHabits((callback) => lifetime.setTimeout(callback, 0));
  /**
   * A plain Enter in a text field the adapter knows nothing of: held as a send where this
   * composer was seen to send on Enter, and, before it has been seen, when the text holds a
   * high-confidence secret.
   */
  const holdsPlainEnter = (event: KeyboardEvent): boolean => {
    if (!event.isTrusted || !isPlainEnter(event) || adapter.knowsComposerOf(event)) return false;
    const field = editableTargetOf(event);
    if (!field || !isTextControl(field)) return false;
    const habit = habits.of(field);
    // A held Enter the guard lets go is given back; the page's answer to that is the habit.
    const late = event === lateKey;
    const heldAt = late ? lateCaret : undefined;
    const replay = () => {
      const down = replayEnter(field, undefined, heldAt);
      if (late) habits.watch(down, field);
    };
    const held =
      habit !== 'newline' && send(event, field, replay, undefined, habit ? undefined : highOnly);
    if (!held && late) replay();
    else if (!held) habits.watch(event, field);
    return held || late;
  };
  const keydown = (event: KeyboardEvent) => {
    if (holdsKey(event)) heldKeys.add(event.code);
    else if (event === lateKey) replayLateEnter(event);
  };

  /** Whether a form's submit was stopped as a send. */
  const guardSubmit = (event: SubmitEvent): boolean => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return false;
    const element = adapter.composerInForm(form);
    return !!element && send(event, element, () => resubmit(form, event.submitter));
  };

  // Send buttons: some sites act on the press, not the click (Gmail's Closure buttons send on
  // mouseup after a mousedown made them active), so the guard decides at the gesture's start and
  // holds the rest of a held gesture (mouseup, click) with it.
  // A dialog opened mid-press would sit under the pointer when the button is released: it opens
  // once the press ends (or after a second, should the release never come).
  const afterRelease: ShowWarning = (open) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      onRelease = undefined;
      open();
    };
    // A release on the button is held below, which stops these listeners; that path calls it.
    onRelease = () => lifetime.setTimeout(once, 0);
    for (const type of ['pointerup', 'mouseup'] as const) {
      lifetime.addEventListener(window, type, () => lifetime.setTimeout(once, 0), {
        capture: true,
        once: true,
      });
    }
    lifetime.setTimeout(once, 1000);
  };
  const press = (event: Event) => {
    if (!event.isTrusted || (event instanceof MouseEvent && event.button !== 0)) return;
    const button = adapter.sendButtonOf(event);
    if (!button) return;
    if (heldPress === button && event.type !== 'pointerdown') {
      hold(event);
      if (event.type !== 'mousedown') onRelease?.();
      if (event.type === 'click') heldPress = undefined;
      return;
    }
    heldPress = undefined;
    if (event.type === 'pointerup' || event.type === 'mouseup') return;
    const element = adapter.composerForButton(button);
    const pressing = event.type !== 'click';
    if (
      element &&
      send(event, element, () => pressSend(button), pressing ? afterRelease : undefined)
    ) {
      if (pressing) heldPress = button;
    }
  };

  return {
    keydown,
    // The focus stays where it was until the dialog is drawn, and some sites act on the release
    // (Closure buttons, Gmail's Send among them, send on Space's keyup).
    keyup(event) {
      if (event.isTrusted && heldKeys.delete(event.code)) hold(event);
    },
    submit: guardSubmit,
    press,
    decideHeldKey(event, caret, released) {
      lateKey = event;
      lateCaret = caret;
      try {
        keydown(event);
      } finally {
        lateKey = undefined;
        lateCaret = undefined;
      }
      // Its release was held with it: the next release of that key is another press's.
      if (released) heldKeys.delete(event.code);
    },
    /**
     * A press the bootstrap held before the guard was loaded: stopped as a send, or given back.
     * A click on a form's submit button is decided here, as its replay's submit may not be
     * trusted (Firefox passes the click's untrustedness on); a press on one without its click yet
     * is given back, and the real click's submit is decided as any other.
     */
    decideHeldPress(events) {
      const start = events[0];
      const click = events.find(({ type }) => type === 'click');
      const replay = () => events.forEach(replayPress);
      const button = start && adapter.sendButtonOf(start);
      if (button) {
        const element = adapter.composerForButton(button);
        const released = events.some(({ type }) => type !== 'pointerdown' && type !== 'mousedown');
        const show = released ? undefined : afterRelease;
        if (element && send(start, element, () => pressSend(button), show)) {
          // The rest of the press, still to come, is held with it.
          if (!click) heldPress = button;
          return;
        }
      } else if (click) {
        const form = formSubmittedBy(click);
        const element = form && adapter.composerInForm(form);
        if (element && send(click, element, replay)) return;
      }
      replay();
    },
    decideHeldSubmit(event) {
      const form = event.target;
      if (!guardSubmit(event) && form instanceof HTMLFormElement) resubmit(form, event.submitter);
    },
  };
}
