import { caretOverAll, insertText, textOf } from '@/lib/insert-text';
import { replaceInPlace, type InPlaceReplacement } from '@/lib/replace-in-place';
import type { GestureContext } from './gesture-hold';
import { hold } from './guard-events';
import type { HoldContext } from './paste-hold';

export interface SendContext extends HoldContext {
  wait(ms: number): Promise<void>;
}

/** The check of a send the gesture hold stopped: the composer's text scanned, warned about. */
export function createSendGuard(context: SendContext): GestureContext['guardSend'] {
  /** Set while a user-approved send goes through, so the guard does not stop it again. */
  let sendApproved = false;
  /** A typed message about to be sent: stopped and warned about when it carries a secret. */
  return (event, element, resend, { show, keep, late }) => {
    if (!event.isTrusted || context.mode() === 'off' || sendApproved) return false;
    const began = performance.now();
    const text = textOf(element);
    if (!text) return false;
    const scan = context.startScan(text, began, keep);
    const proceed = () => {
      sendApproved = true;
      try {
        resend();
      } finally {
        sendApproved = false;
      }
    };
    if (scan.findings?.length === 0) {
      // A key the bootstrap held before the guard was loaded goes on as it would have.
      if (!late) return false;
      proceed();
      return true;
    }
    hold(event);
    // A message already in the composer keeps all but its secrets, or, where its editor refused
    // in-place swaps (perhaps after some), is rewritten whole; the range is taken again then, as
    // the editor may have re-rendered its blocks.
    const insert = async (converted: string, swaps: InPlaceReplacement[]) => {
      if (!(await replaceInPlace(element, swaps, () => context.wait(0)))) {
        insertText(caretOverAll(element), converted);
      }
    };
    const incident = { trigger: 'send' as const, text, insertedLength: text.length, insert };
    context.warnOnFindings(scan, { ...incident, anchor: element, proceed }, show);
    return true;
  };
}
