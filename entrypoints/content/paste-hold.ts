import type { GuardTrigger } from '@/lib/history';
import {
  caretAtPoint,
  dispatchSyntheticPaste,
  editableAt,
  eventOrigin,
  insertText,
  isOwnInsertion,
  isTextControl,
  saveCaret,
} from '@/lib/insert-text';
import type { SiteMode } from '@/lib/site-policy';
import { withoutRepeats } from './findings-filter';
import { hold, type HeldIncoming } from './guard-events';
import type { StartScan } from './held-scan';
import { htmlScanText, takesHtml } from './html-text';
import type { Incidents } from './incident';
import { copyTransfer } from './transfer';

/**
 * A held paste or drop handed to an element that is no field, for the page's own handler: the
 * whole `payload` when given, else `text` alone.
 */
function replayTo(target: Element, trigger: GuardTrigger, text: string, payload?: DataTransfer) {
  if (trigger !== 'drop') {
    dispatchSyntheticPaste(target, text, payload);
    return;
  }
  const dataTransfer = payload ?? new DataTransfer();
  if (!payload) dataTransfer.setData('text/plain', text);
  const init = { dataTransfer, bubbles: true, cancelable: true, composed: true };
  target.dispatchEvent(new DragEvent('drop', init));
}

/** What a held paste or send is decided with. */
export interface HoldContext {
  mode(): SiteMode;
  startScan: StartScan;
  warnOnFindings: Incidents['warnOnFindings'];
}

/** Pastes and drops: the clean ones go through untouched, the others are held and warned about. */
export function createPasteHold(context: HoldContext) {
  /**
   * The text of the last paste or drop found clean: the beforeinput event that follows it in
   * the same gesture carries the same text and need not be scanned twice.
   */
  let lastClean: string | undefined;

  /**
   * A paste or drop with text: held back and warned about when it carries a secret. It is
   * scanned before its field is looked for: one the guard cannot place (a page that reads pastes
   * on an element that is no field) is held all the same, and handed to that element afterwards.
   * One the bootstrap `held` before the guard was loaded is inserted by the guard when clean.
   */
  return function guardIncoming(
    event: Event,
    trigger: GuardTrigger,
    data: DataTransfer | null,
    held?: HeldIncoming,
  ) {
    if (!event.isTrusted || isOwnInsertion(event) || !data) return;
    const mode = context.mode();
    if (mode === 'off' && !held) return;
    const began = performance.now();
    const text = data.getData('text/plain');
    if (event.type === 'beforeinput' && text && text === lastClean && !held) {
      lastClean = undefined;
      return;
    }
    const origin = held ? held.origin : eventOrigin(event);
    const element = editableAt(origin);
    const html = takesHtml(element) ? data.getData('text/html') : '';
    const scanned = html ? `${text}\n${htmlScanText(html)}` : text;
    const scan =
      (text || html) && mode !== 'off'
        ? context.startScan(scanned, began, html ? withoutRepeats(scanned, text.length) : undefined)
        : undefined;
    if (!held && (!scan || scan.findings?.length === 0)) {
      if (scan) lastClean = text;
      return;
    }
    const payload = held ? data : copyTransfer(data, text);
    const target = origin instanceof Element ? origin : document.documentElement;
    // Browsers aim a paste outside fields at different nodes (Firefox at the body): the focus
    // goes back to what had it, and the paste to where the browser sent it.
    const focused = held ? held.focused : document.activeElement;
    // A drop goes where it was dropped, which need not be where the field's caret was.
    const dropped = event instanceof DragEvent && element;
    const caret =
      (dropped && caretAtPoint(dropped, event.clientX, event.clientY)) ||
      (element && saveCaret(element));
    const place = (content: string, full?: DataTransfer) => {
      if (caret) insertText(caret, content, full);
      else replayTo(target, trigger, content, full);
    };
    if (!scan || scan.findings?.length === 0) {
      // Only a held paste gets here. The page's own paste handling gets it first, as it would
      // have had the native one (an editor's handler takes it and cancels it); left alone, it
      // goes in as the browser would have put it (a field that takes no HTML took nothing from
      // an HTML-only paste). A contenteditable is offered the paste by insertText itself.
      const control = caret && isTextControl(caret.element) ? caret.element : undefined;
      if (control && trigger === 'paste' && dispatchSyntheticPaste(control, text, payload)) return;
      if (text || html || !caret) place(text, payload);
      return;
    }
    hold(event);
    context.warnOnFindings(scan, {
      trigger,
      text: scanned,
      insertedLength: text.length,
      anchor: element ?? (focused && focused !== document.body ? focused : target),
      proceed: () => place(text, payload),
      insert: (converted) => place(converted),
    });
  };
}
