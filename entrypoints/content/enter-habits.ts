import {
  insertText,
  saveCaret,
  textOf,
  type Caret,
  type EditableElement,
  type TextControl,
} from '@/lib/insert-text';
import { pressEnter } from './adapters/generic';

/**
 * What a plain Enter does in a text field on a site without an adapter: a newline in most, a send
 * in chat composers whose page handles the key itself (Mattermost, Rocket.Chat and self-hosted
 * chats built on a textarea). The guard cannot ask the page, so it watches each plain Enter that
 * goes through: a page that cancels it, or empties the field right after, sent the message.
 *
 * Until a composer has been seen, a plain Enter over text holding a high-confidence secret is
 * taken as a send (see README, "Enter on sites without an adapter").
 */
export type EnterHabit = 'sends' | 'newline';

/** Composers re-rendered by a single-page app keep their markup: that is what is remembered. */
function composerKey(field: TextControl): string {
  const attributes = ['id', 'name', 'placeholder', 'aria-label', 'class'];
  return [field.tagName, ...attributes.map((name) => field.getAttribute(name) ?? '')].join('|');
}

export interface EnterHabits {
  of(field: TextControl): EnterHabit | undefined;
  /** Learns from a plain Enter the guard let through, once the page has handled it. */
  watch(event: KeyboardEvent, field: TextControl): void;
}

export function enterHabits(later: (callback: () => void) => void): EnterHabits {
  const learned = new Map<string, EnterHabit>();
  return {
    of: (field) => learned.get(composerKey(field)),
    watch(event, field) {
      const before = textOf(field).length;
      later(() => {
        const emptied = before > 0 && textOf(field).length < before / 2;
        learned.set(composerKey(field), event.defaultPrevented || emptied ? 'sends' : 'newline');
      });
    },
  };
}

/** A plain Enter with no modifiers, as a chat composer reads it. */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return (
    event.key === 'Enter' &&
    !event.shiftKey &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.isComposing
  );
}

/**
 * A held Enter, given back: the page's own handler sees it first and sends if it does; left
 * alone, it does what the browser would have: a newline in a textarea or an editor, the form's
 * submission from an input.
 */
export function replayEnter(
  field: EditableElement,
  modifiers?: { ctrlKey?: boolean; metaKey?: boolean },
  heldAt?: Caret,
): KeyboardEvent {
  return pressEnter(field, modifiers, () => {
    if (field instanceof HTMLTextAreaElement) newlineIn(field, heldAt);
    else if (field instanceof HTMLInputElement) submitImplicitly(field);
    else field.ownerDocument.execCommand('insertParagraph');
  });
}

/** Input types of which a form with more than one takes no Enter without a submit button. */
const BLOCKS_IMPLICIT_SUBMISSION = new Set(
  'text search email url tel password date month week time datetime-local number'.split(' '),
);

const isSubmitButton = (element: Element) =>
  (element instanceof HTMLButtonElement && element.type === 'submit') ||
  (element instanceof HTMLInputElement && (element.type === 'submit' || element.type === 'image'));

/**
 * What Enter in a form's field does, by HTML's implicit submission: a click on the form's first
 * submit button, which submits with that button (nothing when it is disabled); without one, a
 * submission only when no other field blocks it.
 * https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#implicit-submission
 */
function submitImplicitly(field: HTMLInputElement): void {
  const form = field.form;
  if (!form) return;
  const controls = Array.from(form.elements);
  const button = controls.find(isSubmitButton) as HTMLButtonElement | HTMLInputElement | undefined;
  if (button) {
    if (!button.disabled) button.click();
    return;
  }
  const blocking = controls.filter(
    (control) =>
      control instanceof HTMLInputElement && BLOCKS_IMPLICIT_SUBMISSION.has(control.type),
  );
  if (blocking.length <= 1) form.requestSubmit();
}

/**
 * Keys typed while the Enter was held went in first: its newline goes where it was pressed, and
 * the caret back after what was typed. (An editor's caret of then is not kept: its own model, not
 * the DOM, decides where text goes.)
 */
function newlineIn(field: HTMLTextAreaElement, heldAt?: Caret): void {
  const now = saveCaret(field);
  if (!heldAt || !('start' in heldAt) || !('start' in now) || heldAt.element !== field) {
    insertText(now, '\n');
    return;
  }
  insertText(heldAt, '\n');
  const shift = now.start >= heldAt.end ? 1 - (heldAt.end - heldAt.start) : 0;
  field.setSelectionRange(now.start + shift, now.end + shift);
}
