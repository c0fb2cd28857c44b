import { i18n } from '#i18n';
import { element } from './element';

export interface WarningFinding {
  title: string;
  redacted: string;
}

/** `setup`: no server answered, so the failure offers **Choose a link server**. */
export type WarningState =
  { kind: 'ask' } | { kind: 'working' } | { kind: 'failed'; message: string; setup?: boolean };

export interface SecretWarningProps {
  findings: readonly WarningFinding[];
  /** "paste" for a paste or drop, "send" when a typed message was about to go out. */
  trigger: 'paste' | 'send';
  /** A site policy of "block" takes the way around the guard away. */
  allowAnyway: boolean;
  state: WarningState;
  onConvert(): void;
  onAnyway(): void;
  onCancel(): void;
  /** Opens the page where a link server is chosen. */
  onSetup(): void;
}

type Choice = 'onConvert' | 'onAnyway' | 'onCancel' | 'onSetup';

export interface SecretWarning {
  /** Patches the dialog in place for new props. */
  update(props: SecretWarningProps): void;
  /** Takes the focus back into the dialog, unless it already holds it. */
  focus(): void;
}

/** Text is replaced only when it changed, so an update leaves what is already right untouched. */
function setText(node: Node | null, text: string) {
  if (node && node.textContent !== text) node.textContent = text;
}

/** Tab and Shift+Tab cycle among the dialog's buttons and never leave it while it is open. */
function keepFocusInside(dialog: HTMLElement, event: KeyboardEvent) {
  const buttons = Array.from(dialog.querySelectorAll('button')).filter((b) => !b.disabled);
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const at = buttons.indexOf(root.activeElement as HTMLButtonElement);
  const step = event.shiftKey ? -1 : 1;
  event.preventDefault();
  if (buttons.length === 0) return;
  const next = at === -1 ? (step === 1 ? 0 : buttons.length - 1) : at + step;
  buttons[(next + buttons.length) % buttons.length]?.focus();
}

/**
 * Draws the warning at the end of `parent`, which must be in the document, and focuses it; its
 * `update` patches it for new props (state `ask` → `working` → `failed`, titles that arrive
 * later) in place, so the focus and a press under way survive every update that does not change
 * the state's kind. Until `ready(true)`, clicks are ignored; until `ready(false)`, so is the
 * keyboard on the way around the guard: a key typed just then was meant for the field.
 *
 * Plain DOM, not Preact: the dialog is drawn by the content script, whose size has a budget (the
 * extension's own pages keep Preact).
 */
export function mountSecretWarning(
  parent: Element,
  initial: SecretWarningProps,
  ready: (pointer: boolean) => boolean,
): SecretWarning {
  let props = initial;
  let pressedInside = false;

  /**
   * Acts only on events the user made: a page script can dispatch clicks and key presses into
   * the document, but they arrive with `isTrusted === false`.
   */
  const button = (choice: Choice, attributes: Record<string, string> = {}) => {
    const node = element('button', { ...attributes, type: 'button' });
    node.addEventListener('click', (event) => {
      // Keyboard activation has no press (detail 0). A click whose press began outside (the
      // dialog opened under the pointer, mid-click on the site's send button) or too early is
      // not a choice.
      const click = event.detail !== 0;
      if (!event.isTrusted || (click && !pressedInside)) return;
      if ((click || choice === 'onAnyway') && !ready(click)) return;
      event.preventDefault();
      props[choice]();
    });
    return node;
  };

  const title = element('h2', { id: 'kw-title', class: 'kw-title' });
  const findings = element('ul', { class: 'kw-findings' });
  const hint = element('p', { class: 'kw-hint' });
  const convert = button('onConvert', { class: 'kw-primary' });
  const anyway = button('onAnyway');
  const cancel = button('onCancel');
  cancel.textContent = i18n.t('dialog.cancel');
  const setup = button('onSetup');
  setup.textContent = i18n.t('dialog.chooseServer');
  const actions = element('div', { class: 'kw-actions' }, convert, cancel);
  const dialog = element(
    'div',
    {
      class: 'kw-dialog',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'kw-title',
      'aria-describedby': 'kw-body',
      tabindex: '-1',
    },
    title,
    element('div', { id: 'kw-body' }, findings, hint),
    actions,
  );

  dialog.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    if (event.key === 'Tab') {
      keepFocusInside(dialog, event);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
    } else if (event.key === 'Enter' && props.state.kind !== 'working') {
      const target = event.target as HTMLElement | null;
      // Enter on a focused button presses that button; elsewhere it means the default action.
      if (target?.tagName === 'BUTTON') return;
      event.preventDefault();
      props.onConvert();
    }
  });
  dialog.addEventListener('pointerdown', (event) => {
    if (event.isTrusted) pressedInside = ready(true);
  });

  const focusForState = () => {
    // While working the convert button is disabled and would drop the focus out of the dialog.
    if (props.state.kind === 'working') dialog.focus();
    else convert.focus();
  };

  const patch = (next: SecretWarningProps) => {
    props = next;
    const { state } = next;
    const working = state.kind === 'working';
    const count = next.findings.length;
    setText(
      title,
      i18n.t(next.trigger === 'paste' ? 'dialog.titlePaste' : 'dialog.titleSend', count),
    );
    next.findings.forEach((finding, i) => {
      const item =
        findings.children[i] ??
        findings.appendChild(
          element(
            'li',
            {},
            element('span', { class: 'kw-kind' }),
            ' ',
            element('code', { class: 'kw-preview' }),
          ),
        );
      setText(item.firstChild, finding.title);
      setText(item.lastChild, finding.redacted);
    });
    while (findings.children.length > count) findings.lastChild?.remove();
    setText(
      hint,
      state.kind === 'failed'
        ? state.message
        : i18n.t(working ? 'dialog.hintWorking' : 'dialog.hintAsk'),
    );
    actions.setAttribute('aria-busy', String(working));
    convert.disabled = working;
    anyway.disabled = working;
    setText(convert, i18n.t(state.kind === 'failed' ? 'dialog.retry' : 'dialog.convert'));
    setText(anyway, i18n.t(next.trigger === 'paste' ? 'dialog.pasteAnyway' : 'dialog.sendAnyway'));
    // Right after Retry, which keeps the focus: a server chosen in the other tab is one Enter away.
    if (state.kind === 'failed' && state.setup) convert.after(setup);
    else setup.remove();
    if (!next.allowAnyway) anyway.remove();
    else if (anyway.parentNode !== actions) actions.insertBefore(anyway, cancel);
  };

  patch(initial);
  parent.append(dialog);
  // The focus is in the dialog as soon as it is drawn, so an Enter typed next cannot reach the
  // field.
  focusForState();
  return {
    update(next) {
      const changed = next.state.kind !== props.state.kind;
      patch(next);
      if (changed) focusForState();
    },
    focus() {
      const root = dialog.getRootNode() as ShadowRoot;
      if (!dialog.contains(root.activeElement)) focusForState();
    },
  };
}
