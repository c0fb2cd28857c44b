/**
 * Converting a message that is about to be sent: each secret's range is replaced by its link and
 * nothing else is touched, so the rest of the message (formatting, mentions, the undo history)
 * stays as the editor had it. Each replacement goes through the route the editor honours, the
 * same one a paste takes (lib/insert-text.ts).
 */
import {
  insertText,
  isTextControl,
  saveCaret,
  type EditableElement,
  type TextControl,
} from './insert-text';

/** One secret to swap: its text, and where the scan saw it in the message's text. */
export interface InPlaceReplacement {
  secret: string;
  start: number;
  link: string;
}

/**
 * Where each secret sits in `text`: at the scanned offset when the text there is unchanged,
 * otherwise the next occurrence after the previous one. Undefined when one cannot be found.
 */
export function locateSecrets(
  text: string,
  replacements: readonly InPlaceReplacement[],
): number[] | undefined {
  const starts: number[] = [];
  let from = 0;
  for (const { secret, start } of replacements) {
    const at = start >= from && text.startsWith(secret, start) ? start : text.indexOf(secret, from);
    if (at === -1) return undefined;
    starts.push(at);
    from = at + secret.length;
  }
  return starts;
}

function replaceInControl(control: TextControl, replacements: readonly InPlaceReplacement[]) {
  const starts = locateSecrets(control.value, replacements);
  if (!starts) return false;
  control.focus({ preventScroll: true });
  // From the end, so the offsets of the secrets before each one stay true.
  for (let i = replacements.length - 1; i >= 0; i--) {
    const { secret, link } = replacements[i] as InPlaceReplacement;
    const start = starts[i] as number;
    insertText({ element: control, start, end: start + secret.length }, link);
  }
  const end = control.value.length;
  control.setSelectionRange(end, end);
  return true;
}

/** The text nodes under `root` and where each starts in their concatenated text. */
export interface TextMap {
  text: string;
  nodes: Text[];
  starts: number[];
}

export function textMap(root: Node): TextMap {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  return { text, nodes, starts };
}

/** The DOM position of `offset` in the map's text; an end offset stays in the node it ends. */
function positionOf(map: TextMap, offset: number, isEnd: boolean): [Text, number] | undefined {
  for (let i = map.nodes.length - 1; i >= 0; i--) {
    const start = map.starts[i] as number;
    if (start < offset || (start === offset && !isEnd)) {
      return [map.nodes[i] as Text, offset - start];
    }
  }
  return undefined;
}

/**
 * The secret's range in the editor's DOM: the last occurrence of its text across text nodes
 * (formatting may split it), or of its text without line breaks (an editor puts each line of a
 * key block in its own paragraph, which the DOM's text joins with nothing).
 */
function rangeOfLast(root: HTMLElement, secret: string): Range | undefined {
  const map = textMap(root);
  for (const needle of [secret, secret.replace(/\r?\n/g, '')]) {
    const at = map.text.lastIndexOf(needle);
    if (at === -1 || needle.length === 0) continue;
    const start = positionOf(map, at, false);
    const end = positionOf(map, at + needle.length, true);
    if (!start || !end) return undefined;
    const range = root.ownerDocument.createRange();
    range.setStart(...start);
    range.setEnd(...end);
    return range;
  }
  return undefined;
}

/**
 * Deletes the selected `range` through the editor's model. Editors that take their edits from
 * `beforeinput` (Slate, CKEditor 5, Lexical) cancel a delete they applied themselves; a DOM change
 * they did not make would be undone or ignored at their next render (Slate puts the secret back).
 * Chrome fires no `beforeinput` for `execCommand`, so it is dispatched here; editors that only
 * watch the DOM (ProseMirror, Quill, Draft.js) leave it alone and get the `execCommand` deletion.
 */
function deleteRange(document: Document, range: Range): boolean {
  const { startContainer } = range;
  const target = startContainer instanceof Element ? startContainer : startContainer.parentElement;
  const event = new InputEvent('beforeinput', {
    inputType: 'deleteContentBackward',
    bubbles: true,
    cancelable: true,
    composed: true,
    targetRanges: [new StaticRange(range)],
  });
  target?.dispatchEvent(event);
  return event.defaultPrevented || document.execCommand('delete');
}

async function replaceInEditable(
  element: HTMLElement,
  replacements: readonly InPlaceReplacement[],
  settle: () => Promise<void>,
) {
  if (replacements.some(({ secret }) => !rangeOfLast(element, secret))) return false;
  const document = element.ownerDocument;
  // From the end; the editor may re-render after each insertion, so each range is found afresh.
  for (let i = replacements.length - 1; i >= 0; i--) {
    // The editor handles the focus it just got, or the last insertion, in later tasks, and may
    // ignore the selection until it has: Draft.js until it re-rendered (it would insert where the
    // caret was before), Slate until a timer its re-render queues (it would delete at its own
    // caret). That render runs after this first timer was queued, hence a second one.
    await settle();
    await settle();
    const { secret, link } = replacements[i] as InPlaceReplacement;
    const range = rangeOfLast(element, secret);
    if (!range) return false;
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    // Editors read the DOM selection on `selectionchange`, which the browser only queues; they
    // must see each change before the next step.
    document.dispatchEvent(new Event('selectionchange'));
    // Delete first, then insert at the caret: a URL pasted over selected text makes many editors
    // (Tiptap's Link, Slack, GitHub) link the selection, which would leave the secret in place.
    if (deleteRange(document, range)) {
      // Editors that sync their model from DOM mutations (Quill) do so in a later microtask; a
      // paste handled before that lands against the old model and is lost.
      await settle();
      document.dispatchEvent(new Event('selectionchange'));
    }
    insertText(saveCaret(element), link);
  }
  return true;
}

/**
 * Replaces each secret in `element` by its link, in place. False, with nothing changed, when a
 * secret is no longer where the scan saw it (the caller then rewrites the message whole).
 * `settle` lets the page's editor run (a zero-delay timer) before each selection and between a
 * deletion and an insertion.
 */
export async function replaceInPlace(
  element: EditableElement,
  replacements: readonly InPlaceReplacement[],
  settle: () => Promise<void>,
): Promise<boolean> {
  return isTextControl(element)
    ? replaceInControl(element, replacements)
    : replaceInEditable(element, replacements, settle);
}
