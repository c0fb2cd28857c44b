import type { GuardLifetime } from './lifetime';
import { element } from './element';
import { mountSecretWarning, type SecretWarning, type SecretWarningProps } from './secret-warning';
import SECRET_WARNING_CSS from './secret-warning.css?inline';
import { createShadowHost, type ShadowHost } from './shadow-host';

const DIALOG_WIDTH = 380;
const GAP = 8;
/** Frames stop for a hidden or throttled frame; the dialog is drawn by then regardless. */
const DRAW_FALLBACK_MS = 100;
/**
 * Clicks this soon after the dialog appeared or moved are ignored: a page cannot time a decoy's
 * removal, or the dialog's arrival under a click it invited, to land the user's click on it.
 * Browsers guard their own permission prompts the same way (Chromium's
 * InputEventActivationProtector, Firefox's security.dialog_enable_delay).
 */
const CLICK_DELAY_MS = 400;

/** Below the field when it fits, otherwise above it; always inside the viewport. */
function placeNear(anchor: Element): { left: number; top: number } {
  const rect = anchor.getBoundingClientRect();
  const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
  const viewportHeight = document.documentElement.clientHeight || window.innerHeight;
  const left = Math.max(GAP, Math.min(rect.left, viewportWidth - DIALOG_WIDTH - GAP));
  const below = rect.bottom + GAP;
  const top = below + 200 < viewportHeight ? below : Math.max(GAP, rect.top - 200 - GAP);
  return { left, top: Math.min(top, Math.max(GAP, viewportHeight - 200)) };
}

export interface WarningUi {
  /**
   * A key pressed before the dialog is drawn draws it and acts there (Enter converts, Escape
   * cancels, Tab moves among its buttons), never in the field, which still has the focus, nor in
   * the page. False once the dialog is drawn.
   */
  takeEarlyKey(event: KeyboardEvent): boolean;
  update(props: SecretWarningProps): void;
  /** A short notice in place of the dialog, e.g. where to rotate a key that was pasted anyway. */
  notice(message: string, link?: string): void;
  remove(): void;
}

export interface WarningUis {
  /**
   * Makes the next dialog's host ahead, to be called outside the paste or send handler, so that
   * opening a dialog there costs it little.
   */
  prepare(): void;
  open(anchor: Element, props: SecretWarningProps): WarningUi;
}

/**
 * Warnings in a closed shadow root, so the page can neither style nor script them.
 *
 * The host goes in at once; the dialog itself is drawn in the next animation frame, the first
 * moment it could be seen, so the paste or send handler that decided does not also pay for its
 * placement, styles and layout (reading the field's box and moving the focus out of the field
 * force both). Until then the field keeps the focus and the guard hands keys to `takeEarlyKey`.
 */
export function warningUis(lifetime: GuardLifetime): WarningUis {
  let spare: ShadowHost | undefined;
  const newHost = () => createShadowHost(lifetime, SECRET_WARNING_CSS);
  return {
    prepare() {
      spare ??= newHost();
    },
    open(anchor, props) {
      const host = spare ?? newHost();
      spare = undefined;
      return openWarningUi(lifetime, host, anchor, props);
    },
  };
}

function openWarningUi(
  lifetime: GuardLifetime,
  host: ShadowHost,
  anchor: Element,
  props: SecretWarningProps,
): WarningUi {
  const container = host.container;
  let placed: { left: number; top: number } | undefined;
  const place = () => {
    placed ??= placeNear(anchor);
    return { left: `${placed.left}px`, top: `${placed.top}px` };
  };
  /** Shows `content` in place of whatever was shown. */
  const show = (content: HTMLElement) => {
    host.addStyles();
    container.replaceChildren(element('div', { class: 'kw-layer' }, content));
  };
  /** The dialog once drawn, until a notice takes its place. */
  let dialog: SecretWarning | undefined;
  let armedAt = Infinity;
  const arm = () => (armedAt = performance.now() + CLICK_DELAY_MS);
  const draw = (next: SecretWarningProps) => {
    if (dialog) return dialog.update(next);
    const box = element('div');
    Object.assign(box.style, { position: 'fixed', ...place() });
    show(box);
    arm();
    dialog = mountSecretWarning(box, next, (pointer) => {
      if (performance.now() < armedAt) return false;
      if (!pointer) return true;
      // A click must land on the dialog as drawn. A zoom on the root shrinks even the top layer,
      // and Firefox draws the top layer under the root's filter, through which an SVG filter can
      // paint anything over it: then only keys choose.
      const { left, width } = (box.firstChild as Element).getBoundingClientRect();
      return (
        Math.abs(left - (placed?.left ?? left)) < 1 &&
        Math.abs(width - Math.min(DIALOG_WIDTH, innerWidth - 2 * GAP)) < 1 &&
        getComputedStyle(document.documentElement).filter === 'none'
      );
    });
  };
  host.mount(() => {
    arm();
    dialog?.focus();
  });

  let pending: SecretWarningProps | undefined = props;
  const drawPending = () => {
    const next = pending;
    pending = undefined;
    if (next) draw(next);
  };
  lifetime.requestAnimationFrame(drawPending);
  lifetime.setTimeout(drawPending, DRAW_FALLBACK_MS);

  const remove = () => {
    pending = undefined;
    container.replaceChildren();
    host.remove();
  };
  return {
    takeEarlyKey(event) {
      const next = pending;
      if (!next || !event.isTrusted) return false;
      event.stopImmediatePropagation();
      drawPending();
      // Tab goes on to move the focus, now in the dialog, to its next button.
      if (event.key !== 'Tab') event.preventDefault();
      if (event.key === 'Enter') next.onConvert();
      else if (event.key === 'Escape') next.onCancel();
      return true;
    },
    update(next) {
      if (pending) pending = next;
      else draw(next);
    },
    notice(message, link) {
      pending = undefined;
      dialog = undefined;
      const box = element('div', { class: 'kw-notice', role: 'status' }, message, ' ');
      Object.assign(box.style, place());
      if (link) {
        box.append(
          element('a', { href: link, target: '_blank', rel: 'noreferrer noopener' }, link),
        );
      }
      show(box);
      lifetime.setTimeout(remove, 12_000);
    },
    remove,
  };
}
