import { Component, createRef } from 'preact';

export interface WarningFinding {
  title: string;
  redacted: string;
}

export type WarningState =
  { kind: 'ask' } | { kind: 'working' } | { kind: 'failed'; message: string };

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
}

/**
 * Acts only on events the user made: a page script can dispatch clicks and key presses into the
 * document, but they arrive with `isTrusted === false`.
 */
function trusted(handler: () => void, pressedInside: { current: boolean }) {
  return (event: MouseEvent) => {
    if (!event.isTrusted) return;
    // A click whose press began outside (the dialog opened under the pointer, mid-click on the
    // site's send button) is not a choice; keyboard activation has no press (detail 0).
    if (event.detail !== 0 && !pressedInside.current) return;
    event.preventDefault();
    handler();
  };
}

/** Tab and Shift+Tab cycle among the dialog's buttons and never leave it while it is open. */
function keepFocusInside(event: KeyboardEvent) {
  const container = event.currentTarget as HTMLElement;
  const buttons = Array.from(container.querySelectorAll('button')).filter((b) => !b.disabled);
  const root = container.getRootNode() as Document | ShadowRoot;
  const at = buttons.indexOf(root.activeElement as HTMLButtonElement);
  const step = event.shiftKey ? -1 : 1;
  event.preventDefault();
  if (buttons.length === 0) return;
  const next = at === -1 ? (step === 1 ? 0 : buttons.length - 1) : at + step;
  buttons[(next + buttons.length) % buttons.length]?.focus();
}

/**
 * A class, not hooks: the dialog is drawn by the content script, and preact/hooks would cost 2 KB
 * of that script's 100 KB budget.
 */
export class SecretWarning extends Component<SecretWarningProps> {
  private readonly convertButton = createRef<HTMLButtonElement>();
  private readonly dialog = createRef<HTMLDivElement>();
  private readonly pressedInside = { current: false };

  // The focus is in the dialog as soon as it is drawn, so an Enter typed next cannot reach the
  // field.
  override componentDidMount() {
    this.focusForState();
  }

  override componentDidUpdate(previous: SecretWarningProps) {
    if (previous.state.kind !== this.props.state.kind) this.focusForState();
  }

  private focusForState() {
    // While working the convert button is disabled and would drop the focus out of the dialog.
    if (this.props.state.kind === 'working') this.dialog.current?.focus();
    else this.convertButton.current?.focus();
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const { state, onConvert, onCancel } = this.props;
    if (!event.isTrusted) return;
    if (event.key === 'Tab') {
      keepFocusInside(event);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && state.kind !== 'working') {
      const target = event.target as HTMLElement | null;
      // Enter on a focused button presses that button; elsewhere it means the default action.
      if (target?.tagName === 'BUTTON') return;
      event.preventDefault();
      onConvert();
    }
  };

  override render() {
    const { findings, trigger, allowAnyway, state, onConvert, onAnyway, onCancel } = this.props;
    const working = state.kind === 'working';
    const pressedInside = this.pressedInside;
    const what = findings.length === 1 ? 'a secret' : `${findings.length} secrets`;
    const verb = trigger === 'paste' ? 'pasting' : 'sending';
    return (
      <div
        ref={this.dialog}
        class="kw-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kw-title"
        aria-describedby="kw-body"
        tabIndex={-1}
        onKeyDown={this.onKeyDown}
        onPointerDown={(event) => {
          if (event.isTrusted) pressedInside.current = true;
        }}
      >
        <h2 id="kw-title" class="kw-title">
          Keywarden: you are {verb} {what}
        </h2>
        <div id="kw-body">
          <ul class="kw-findings">
            {findings.map((finding, i) => (
              <li key={i}>
                <span class="kw-kind">{finding.title}</span>{' '}
                <code class="kw-preview">{finding.redacted}</code>
              </li>
            ))}
          </ul>
          <p class="kw-hint">
            {state.kind === 'failed'
              ? state.message
              : working
                ? 'Encrypting and creating the link…'
                : 'Send it as a one-time link that works once and then deletes itself.'}
          </p>
        </div>
        <div class="kw-actions" aria-busy={working}>
          <button
            ref={this.convertButton}
            class="kw-primary"
            type="button"
            disabled={working}
            onClick={trusted(onConvert, pressedInside)}
          >
            {state.kind === 'failed' ? 'Retry' : 'Send as one-time link'}
          </button>
          {allowAnyway && (
            <button type="button" disabled={working} onClick={trusted(onAnyway, pressedInside)}>
              {trigger === 'paste' ? 'Paste anyway' : 'Send anyway'}
            </button>
          )}
          <button type="button" onClick={trusted(onCancel, pressedInside)}>
            Cancel
          </button>
        </div>
      </div>
    );
  }
}
