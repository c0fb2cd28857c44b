import { editableTargetOf, isTextControl, textOf, type EditableElement } from '@/lib/insert-text';

/**
 * What the guard needs to know about a site's composer: which key press or button sends, and
 * where the text being sent lives. The generic adapter reads common markup; site adapters
 * override it where a site's composer differs.
 */
export interface SiteAdapter {
  isSendKey(event: KeyboardEvent): boolean;
  /** Whether the event is in a composer whose send key the adapter knows from the site itself. */
  knowsComposerOf(event: Event): boolean;
  /** Replays a held-back send key once the user said "send anyway". */
  resendKey(element: EditableElement, event: KeyboardEvent): void;
  composerInForm(form: HTMLFormElement): EditableElement | undefined;
  sendButtonOf(event: Event): HTMLElement | undefined;
  composerForButton(button: HTMLElement): EditableElement | undefined;
}

/**
 * Gives a held Enter back to the page as key events; `defaultAction` runs when the page's own
 * keydown handlers leave the key alone, as the browser's would (it makes no newline for a
 * synthetic key).
 */
export function pressEnter(
  element: EditableElement,
  modifiers: { ctrlKey?: boolean; metaKey?: boolean } = {},
  defaultAction?: () => void,
): KeyboardEvent {
  const init: KeyboardEventInit = {
    key: 'Enter',
    code: 'Enter',
    keyCode: 13,
    which: 13,
    ctrlKey: modifiers.ctrlKey,
    metaKey: modifiers.metaKey,
    bubbles: true,
    cancelable: true,
    composed: true,
  } as KeyboardEventInit;
  const down = new KeyboardEvent('keydown', init);
  element.dispatchEvent(down);
  // As in the browser, a keydown the page cancelled has no keypress and no default action.
  if (!down.defaultPrevented) {
    element.dispatchEvent(new KeyboardEvent('keypress', init));
    defaultAction?.();
  }
  element.dispatchEvent(new KeyboardEvent('keyup', init));
  return down;
}

const EDITABLES =
  'textarea, input, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';
const SEND_LABEL = /^\s*(send|post|submit|comment|reply)\b/i;

function editablesIn(root: ParentNode): EditableElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(EDITABLES)).filter(
    (element) => isTextControl(element) || element.isContentEditable,
  );
}

/** The composer holding the most text: the message, not a search box beside it. */
function busiest(elements: EditableElement[]): EditableElement | undefined {
  let best: EditableElement | undefined;
  let bestLength = 0;
  for (const element of elements) {
    const length = textOf(element).length;
    if (length > bestLength) [best, bestLength] = [element, length];
  }
  return best;
}

export const genericAdapter: SiteAdapter = {
  knowsComposerOf: () => false,

  isSendKey(event) {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.isComposing) return false;
    const element = editableTargetOf(event);
    if (!element) return false;
    // Ctrl/Cmd+Enter sends in most multi-line composers; a plain Enter sends in chat-style ones.
    if (event.ctrlKey || event.metaKey) return true;
    if (isTextControl(element)) {
      return element instanceof HTMLTextAreaElement && element.enterKeyHint === 'send';
    }
    return true;
  },

  resendKey(element, event) {
    pressEnter(element, event);
  },

  composerInForm(form) {
    return busiest(editablesIn(form));
  },

  sendButtonOf(event) {
    const origin = event.composedPath()[0];
    if (!(origin instanceof Element)) return undefined;
    const button = origin.closest<HTMLElement>('button, [role="button"], input[type="submit"]');
    if (!button) return undefined;
    // Submit buttons of a form are covered by the form's submit event.
    if (button instanceof HTMLButtonElement && button.form && button.type === 'submit') {
      return undefined;
    }
    const label =
      button.getAttribute('aria-label') ??
      button.getAttribute('title') ??
      button.getAttribute('data-testid') ??
      button.textContent ??
      '';
    return SEND_LABEL.test(label) || /send/i.test(button.getAttribute('data-testid') ?? '')
      ? button
      : undefined;
  },

  composerForButton(button) {
    // Walk outwards until a container also holds a composer: that is the one the button sends.
    let container: Element | null = button.parentElement;
    for (let depth = 0; container && depth < 8; depth++, container = container.parentElement) {
      const composer = busiest(editablesIn(container));
      if (composer) return composer;
    }
    return undefined;
  },
};
