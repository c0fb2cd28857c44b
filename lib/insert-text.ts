/**
 * Putting text into a page's field the way the field's own editor expects, so the editor's model
 * changes and not only the DOM. Learned in both browsers: a textarea, an input and a plain
 * contenteditable honour `execCommand('insertText')` (and React sees the resulting input event);
 * editors that own their paste handling (ProseMirror, Quill, Slate, Draft.js, CKEditor 5) honour a
 * synthetic paste event carrying a DataTransfer, and cancel it when they take it.
 */

export type TextControl = HTMLInputElement | HTMLTextAreaElement;
export type EditableElement = TextControl | HTMLElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', 'password', '']);

export function isTextControl(element: Element): element is TextControl {
  if (element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(element.type);
}

type ShadowReader = { dom?: { openOrClosedShadowRoot?(element: Element): ShadowRoot | null } };

/**
 * A closed shadow root, which extensions may enter: Firefox gives content scripts
 * `Element.openOrClosedShadowRoot`, Chrome `chrome.dom.openOrClosedShadowRoot()`.
 */
function shadowRootOf(element: Element): ShadowRoot | null | undefined {
  const firefox = (element as { openOrClosedShadowRoot?: ShadowRoot | null })
    .openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  return (globalThis as { chrome?: ShadowReader }).chrome?.dom?.openOrClosedShadowRoot?.(element);
}

/**
 * Where an event really happened. Its path ends at the host of a closed shadow root, so the
 * element inside is found again: the focused one, or the one under the pointer for a drop.
 */
export function eventOrigin(event: Event): EventTarget | undefined {
  let origin = event.composedPath()[0];
  for (let depth = 0; origin instanceof Element && depth < 16; depth++) {
    const root = shadowRootOf(origin);
    const inner =
      root &&
      (event instanceof MouseEvent
        ? root.elementFromPoint(event.clientX, event.clientY)
        : root.activeElement);
    if (!inner || inner === origin) break;
    origin = inner;
  }
  return origin;
}

/** The field an event happened in, looking through open and closed shadow roots. */
export function editableTargetOf(event: Event): EditableElement | undefined {
  return editableAt(eventOrigin(event));
}

/** The field at an event's origin (see `eventOrigin`), or undefined. */
export function editableAt(origin: EventTarget | undefined): EditableElement | undefined {
  if (!(origin instanceof Element)) {
    return origin instanceof Node ? editableHostOf(origin.parentElement) : undefined;
  }
  if (isTextControl(origin)) return origin.readOnly || origin.disabled ? undefined : origin;
  return editableHostOf(origin);
}

/** The outermost contenteditable host around `element`: editors key their model on it. */
function editableHostOf(element: Element | null): HTMLElement | undefined {
  if (!(element instanceof HTMLElement) || !element.isContentEditable) return undefined;
  let host: HTMLElement = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** Where the caret or selection was in a field, so it can be put back after the dialog. */
export type Caret =
  { element: TextControl; start: number; end: number } | { element: HTMLElement; range?: Range };

export function saveCaret(element: EditableElement): Caret {
  if (isTextControl(element)) {
    return { element, start: element.selectionStart ?? 0, end: element.selectionEnd ?? 0 };
  }
  const selection = element.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  return {
    element,
    range:
      range && element.contains(range.commonAncestorContainer) ? range.cloneRange() : undefined,
  };
}

/**
 * Where a drop at (`x`, `y`) lands in `element`, as the browser's own drop would put it; undefined
 * where the point is not in it (then the field's selection stands in).
 */
export function caretAtPoint(element: EditableElement, x: number, y: number): Caret | undefined {
  const position = element.ownerDocument.caretPositionFromPoint?.(x, y);
  if (!position) return undefined;
  if (isTextControl(element)) {
    if (position.offsetNode !== element) return undefined;
    return { element, start: position.offset, end: position.offset };
  }
  if (!element.contains(position.offsetNode)) return undefined;
  const range = element.ownerDocument.createRange();
  range.setStart(position.offsetNode, position.offset);
  return { element, range };
}

function restoreCaret(caret: Caret): void {
  caret.element.focus({ preventScroll: true });
  if ('start' in caret) {
    caret.element.setSelectionRange(caret.start, caret.end);
    return;
  }
  const selection = caret.element.ownerDocument.getSelection();
  if (!selection) return;
  if (caret.range) {
    selection.removeAllRanges();
    selection.addRange(caret.range);
  } else if (!caret.element.contains(selection.anchorNode)) {
    selection.selectAllChildren(caret.element);
    selection.collapseToEnd();
  }
}

/** Select the whole content of a field, to rewrite a composer in place. */
export function caretOverAll(element: EditableElement): Caret {
  if (isTextControl(element)) return { element, start: 0, end: element.value.length };
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  return { element, range };
}

/** Events this module dispatched, so the guard can tell them from the user's own. */
const ownEvents = new WeakSet<Event>();
export const isOwnInsertion = (event: Event): boolean => ownEvents.has(event);

/**
 * Hands `text` (or the whole `payload`) to a page's own paste handling at `target` as a paste
 * event; true when the page took it. Also how a paste the guard held on an element that is no
 * field (a page that reads pastes itself) reaches that element afterwards.
 */
export function dispatchSyntheticPaste(target: Element, text: string, payload?: DataTransfer) {
  const data = payload ?? new DataTransfer();
  if (!payload) data.setData('text/plain', text);
  // Firefox ignores `clipboardData` in the constructor and reads its own dataType/data fields.
  const init = { clipboardData: data, dataType: 'text/plain', data: text } as ClipboardEventInit;
  const event = new ClipboardEvent('paste', { ...init, bubbles: true, cancelable: true });
  ownEvents.add(event);
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Beyond this, the editing command that keeps undo history takes seconds in a textarea; a plain
 * range replacement plus an input event (which React also sees) is instant.
 */
const UNDOABLE_INSERT_LIMIT = 64 * 1024;

function insertIntoControl(control: TextControl, text: string, start: number, end: number) {
  const document = control.ownerDocument;
  if (text.length <= UNDOABLE_INSERT_LIMIT && document.execCommand('insertText', false, text)) {
    return;
  }
  control.setRangeText(text, start, end, 'end');
  control.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }),
  );
}

/**
 * Inserts `text` where the caret was, replacing what was selected, as a paste would. A rich
 * editor is offered `payload` (the original clipboard, HTML and files included) when given.
 */
export function insertText(caret: Caret, text: string, payload?: DataTransfer): void {
  restoreCaret(caret);
  if ('start' in caret) {
    insertIntoControl(caret.element, text, caret.start, caret.end);
    return;
  }
  const selection = caret.element.ownerDocument.getSelection();
  const anchor = selection?.anchorNode;
  const pasteTarget =
    anchor instanceof HTMLElement ? anchor : (anchor?.parentElement ?? caret.element);
  if (dispatchSyntheticPaste(pasteTarget, text, payload)) return;
  caret.element.ownerDocument.execCommand('insertText', false, text);
}

/** The text of a field as the user sees it, for scanning a message before it is sent. */
export function textOf(element: EditableElement): string {
  return isTextControl(element) ? element.value : element.innerText;
}
