import { isTextControl } from '@/lib/insert-text';

/** What may be a send button: the generic adapter's and every site adapter's are among these. */
const BUTTONS = 'button, [role="button"], input[type="submit"], input[type="image"]';
const FIELDS = 'textarea, input, [contenteditable]';

/**
 * A draft in `root`: a field holding text, which a send could carry. Read by the bootstrap only
 * for a press on a button or a form's submit before the guard has loaded, so a frame whose
 * buttons have no draft beside them (a "Like" in an ad) neither loads the guard nor waits for it.
 */
export function holdsDraft(root: ParentNode): boolean {
  for (const field of Array.from(root.querySelectorAll<HTMLElement>(FIELDS))) {
    if (isTextControl(field) ? field.value : field.isContentEditable && field.textContent?.trim()) {
      return true;
    }
  }
  return false;
}

/**
 * A press or click on a button in the same tree as a draft: what the guard's adapters could take
 * for a send (they look for the composer from the button, in its tree).
 */
export function maySend(event: Event): boolean {
  const origin = event.composedPath()[0];
  const button = origin instanceof Element && origin.closest(BUTTONS);
  return !!button && holdsDraft(button.getRootNode() as ParentNode);
}

/**
 * Gives the page a pointer or mouse event the bootstrap held, as a copy (same coordinates, keys
 * and buttons) dispatched where the original happened; a click's copy does what a click does
 * (a link followed, a form submitted), as any dispatched click does.
 */
export function replayPress(event: MouseEvent): void {
  const origin = event.composedPath()[0];
  if (!(origin instanceof Node) || !origin.isConnected) return;
  origin.dispatchEvent(
    event instanceof PointerEvent
      ? new PointerEvent(event.type, event)
      : new MouseEvent(event.type, event),
  );
}

/** A form submitted again, by the button that submitted it where that still can. */
export function resubmit(form: HTMLFormElement, submitter: HTMLElement | null): void {
  try {
    form.requestSubmit(submitter);
  } catch {
    // The button left the form or is no longer a submit button.
    form.requestSubmit();
  }
}

/** The form a click submits, when it is on one of the form's submit buttons. */
export function formSubmittedBy(click: Event): HTMLFormElement | null | undefined {
  const origin = click.composedPath()[0];
  const control = origin instanceof Element ? origin.closest('button, input') : null;
  return (control instanceof HTMLButtonElement || control instanceof HTMLInputElement) &&
    (control.type === 'submit' || control.type === 'image')
    ? control.form
    : undefined;
}

/** A press on a send button, given to the page as a whole gesture, for sites that act on part of it. */
export function pressSend(button: HTMLElement): void {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  button.dispatchEvent(new PointerEvent('pointerdown', init));
  button.dispatchEvent(new MouseEvent('mousedown', init));
  button.dispatchEvent(new PointerEvent('pointerup', init));
  button.dispatchEvent(new MouseEvent('mouseup', init));
  button.click();
}
