import { i18n } from '#i18n';
import type { Finding } from '@/detectors';
import { prepareScan, scan } from '@/detectors/guard-scan';
import type { GuardAction, GuardTrigger } from '@/lib/history';
import {
  caretOverAll,
  dispatchSyntheticPaste,
  editableAt,
  editableTargetOf,
  eventOrigin,
  insertText,
  isOwnInsertion,
  isTextControl,
  saveCaret,
  textOf,
  type Caret,
  type EditableElement,
} from '@/lib/insert-text';
import { sendMessage } from '@/lib/messages';
import { replaceInPlace } from '@/lib/replace-in-place';
import { finishScan, scanWithin, sliceScanner } from '@/lib/scan-slices';
import { watchGuardSettings } from '@/lib/settings/guard';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { siteModeFor, type SiteMode } from '@/lib/site-policy';
import { replaceSpans } from '@/lib/splice';
import { adapterFor } from './adapters';
import { pressEnter } from './adapters/generic';
import { describeFindings } from './describe-findings';
import { enterHabits, isPlainEnter, replayEnter } from './enter-habits';
import { formSubmittedBy, replayPress, resubmit } from './held-send';
import { htmlScanText, takesHtml } from './html-text';
import {
  incomingOf,
  type GuardEventType,
  type HeldIncoming,
  type LoadedGuard,
} from './guard-events';
import type { GuardLifetime } from './lifetime';
import { copyTransfer } from './transfer';
import { warningUis, type WarningUi } from './warning-ui';

/**
 * Scanning time a paste or send may take inside its own event handler: a text scanned within it
 * (about 1 MB on this project's test machine) is decided at once and a clean paste goes through
 * natively; a longer one is held and the rest scanned in later tasks, so no task nears 50 ms of
 * the guard's own work. A text whose reading alone took longer than this (the browser reads a
 * 10 MB clipboard in about 110 ms here, as for any page that reads its paste) gets one slice.
 */
const SYNC_SCAN_BUDGET_MS = 25;

interface Incident {
  trigger: GuardTrigger;
  /** What was scanned: the text that goes in, then (for a rich paste) what its HTML holds. */
  text: string;
  /** The length of the text that goes in: findings past it are only in the paste's HTML. */
  insertedLength: number;
  findings: Finding[];
  /** Where the dialog shows, and the focus goes back to. */
  anchor: Element;
  /** The field's caret; none for a paste that had no field to go to. */
  caret?: Caret;
  /** What "anyway" does: insert the original paste, or let the held-back send go. */
  proceed(): void;
  /** Puts a pasted text, its secrets swapped for links, where the paste was going. */
  insert(text: string): void;
}

interface Shown {
  ui: WarningUi;
  incident: Incident;
  /** Set once the user chose: later updates must not reset the dialog's state. */
  acted?: boolean;
}

/** The page this frame belongs to: an about:blank editor frame takes its parent's address. */
function policyUrl(): string {
  if (location.protocol === 'http:' || location.protocol === 'https:') return location.href;
  try {
    return window.parent.location.href;
  } catch {
    return document.referrer;
  }
}

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

/**
 * Ordinary text that takes a scan through its paths (code, an encoded URL, a long base64-like
 * run), so that the first real paste meets compiled code and patterns rather than compiling them.
 */
const warmUpText = () =>
  `const page = load("https://example.com/a%20b?q=1");\nvalue = "${'Ab0+'.repeat(12)}"\n`.repeat(4);

type FindingsFilter = (findings: Finding[]) => Finding[];

const highOnly: FindingsFilter = (findings) => findings.filter((f) => f.confidence === 'high');

/**
 * Findings past `insertedLength` come from a paste's HTML: one whose secret is also in the text
 * that goes in is the same secret, met twice.
 */
function withoutRepeats(scanned: string, insertedLength: number): FindingsFilter {
  return (findings) => {
    // A secret that starts in the text is the text's; its span stays inside it.
    const inserted = findings
      .filter((f) => f.start < insertedLength)
      .map((f) => (f.end > insertedLength ? { ...f, end: insertedLength } : f));
    const seen = new Set(inserted.map((f) => scanned.slice(f.start, f.end)));
    const hidden = findings.filter(
      (f) => f.start > insertedLength && !seen.has(scanned.slice(f.start, f.end)),
    );
    return [...inserted, ...hidden];
  };
}

/**
 * Without any answer about the settings in this long (a background that does not answer), the
 * guard acts on the defaults, which guard every site.
 */
const SETTINGS_WAIT_MS = 3000;

/**
 * Starts the guard in this frame; resolves once the user's settings have arrived (or after
 * SETTINGS_WAIT_MS), so that no paste is decided on the defaults. `pasteWaiting`: a paste is held
 * until then.
 */
export function startGuard(lifetime: GuardLifetime, pasteWaiting = false): Promise<LoadedGuard> {
  let settings: Settings = DEFAULT_SETTINGS;
  let mode: SiteMode = 'guard';
  let settled: () => void = () => undefined;
  const settingsKnown = new Promise<void>((resolve) => (settled = resolve));
  const applySettings = (next: Settings) => {
    settings = next;
    mode = siteModeFor(policyUrl(), next.siteRules, next.defaultMode).mode;
    settled();
  };
  mode = siteModeFor(policyUrl(), settings.siteRules, settings.defaultMode).mode;
  lifetime.onInvalidated(watchGuardSettings(applySettings));
  lifetime.setTimeout(settled, SETTINGS_WAIT_MS);

  const warnings = warningUis(lifetime);
  let open: Shown | undefined;
  /** Set while a user-approved send goes through, so the guard does not stop it again. */
  let sendApproved = false;

  const scanOptions = () => ({
    disabled: settings.disabledGroups,
    minConfidence: settings.minConfidence,
    userRules: settings.customRules,
  });
  const scanNow = (text: string) => scan(text, scanOptions());
  const wait = (ms: number) => new Promise<void>((resolve) => lifetime.setTimeout(resolve, ms));
  /**
   * Scans `text`, read from a handler that began `since`, within the handler's budget: the
   * findings, or undefined when time ran out.
   */
  const startScan = (text: string, since: number, keep: FindingsFilter = (all) => all) => {
    const scanner = sliceScanner(text, scanNow);
    const reading = performance.now() - since;
    const done = scanWithin(scanner, reading > SYNC_SCAN_BUDGET_MS ? 0 : SYNC_SCAN_BUDGET_MS);
    return {
      findings: done ? keep(scanner.findings()) : undefined,
      rest: () => finishScan(scanner, () => wait(0)).then(keep),
    };
  };

  const record = (incident: Incident, action: GuardAction) =>
    void sendMessage({
      type: 'history.record',
      action,
      trigger: incident.trigger,
      ruleIds: [...new Set(incident.findings.map((f) => f.ruleId))],
    }).catch(() => undefined);

  const focusBack = (incident: Incident) => {
    if (incident.anchor instanceof HTMLElement) incident.anchor.focus({ preventScroll: true });
  };
  const close = () => {
    const incident = open?.incident;
    open?.ui.remove();
    open = undefined;
    if (incident) focusBack(incident);
  };

  async function convert(incident: Incident, ui: WarningUi) {
    if (open) open.acted = true;
    const props = warningProps(incident);
    ui.update({ ...props, state: { kind: 'working' } });
    const { caret, insertedLength } = incident;
    const text = incident.text.slice(0, insertedLength);
    // Secrets only in a rich paste's HTML are not sent anywhere: the HTML is left out instead.
    const findings = incident.findings.filter((f) => f.end <= insertedLength);
    const secrets = findings.map((f) => text.slice(f.start, f.end));
    const reply =
      secrets.length === 0
        ? { ok: true as const, links: [] }
        : await sendMessage({ type: 'share.create', secrets }).catch(() => undefined);
    if (open?.ui !== ui) return;
    if (!reply?.ok) {
      const reason = reply?.reason;
      const message =
        reason === 'refused'
          ? i18n.t('dialog.failedRefused')
          : reason === 'not-allowed'
            ? i18n.t('dialog.failedNotAllowed', [reply?.origin ?? settings.serverUrl])
            : reason === 'no-server'
              ? i18n.t('dialog.failedNoServer')
              : i18n.t('dialog.failedUnreachable', [settings.serverUrl]);
      const state = { kind: 'failed' as const, message };
      ui.update({ ...props, state: { ...state, setup: reason !== 'refused' } });
      return;
    }
    close();
    const replacements = findings.map((f, i) => ({
      secret: text.slice(f.start, f.end),
      start: f.start,
      link: reply.links[i] ?? '',
    }));
    // A paste goes in as one piece; a message already in the composer keeps all but its secrets,
    // or, where its editor refused in-place swaps (perhaps after some), is rewritten whole.
    const inPlace =
      incident.trigger === 'send' &&
      caret &&
      (await replaceInPlace(caret.element, replacements, () => wait(0)));
    if (!inPlace) incident.insert(replaceSpans(text, findings, reply.links));
    record(incident, 'converted');
  }

  function warningProps(incident: Incident) {
    return {
      findings: incident.findings,
      trigger: incident.trigger === 'send' ? ('send' as const) : ('paste' as const),
      allowAnyway: mode !== 'block',
      state: { kind: 'ask' as const },
      onConvert: () => open && void convert(open.incident, open.ui),
      onAnyway: () => {
        if (!open || mode === 'block') return;
        const { incident, ui } = open;
        // A page that takes pastes itself reads where the focus is.
        focusBack(incident);
        incident.proceed();
        record(incident, incident.trigger === 'send' ? 'sent-anyway' : 'pasted-anyway');
        const rotate = incident.findings.find((f) => f.rotateUrl)?.rotateUrl;
        if (rotate) {
          ui.notice(i18n.t('dialog.rotate'), rotate);
          open = undefined;
        } else close();
      },
      onSetup: () => void sendMessage({ type: 'setup.open' }).catch(() => undefined),
      onCancel: () => {
        if (!open) return;
        const { incident } = open;
        close();
        record(incident, 'cancelled');
      },
    };
  }

  function warn(incident: Incident) {
    if (open) {
      record(open.incident, 'cancelled');
      open.ui.remove();
      open = undefined;
    }
    const ui = warnings.open(incident.anchor, warningProps(incident));
    const shown: Shown = { ui, incident };
    open = shown;
    // The dialog shows at once; the rules' titles and rotation pages follow from the background,
    // asked once the handler is done: sending a message costs it about 0.4 ms. The next
    // dialog's host is made then too.
    lifetime.setTimeout(() => {
      warnings.prepare();
      void describeFindings(incident.findings, wait).then((findings) => {
        shown.incident = { ...incident, findings };
        if (open === shown && !shown.acted) ui.update(warningProps(shown.incident));
      });
    }, 0);
  }

  /**
   * The text of the last paste or drop found clean: the beforeinput event that follows it in
   * the same gesture carries the same text and need not be scanned twice.
   */
  let lastClean: string | undefined;

  /**
   * For a held paste or send: warns now when the scan finished inside the handler; otherwise the
   * rest is scanned in later tasks, then the held action goes on as it was or is warned about.
   */
  function warnOnFindings(
    scan: ReturnType<typeof startScan>,
    incident: Omit<Incident, 'findings'>,
    show: (open: () => void) => void = (open) => open(),
  ) {
    const { findings } = scan;
    if (findings) {
      show(() => warn({ ...incident, findings }));
      return;
    }
    void scan.rest().then((rest) => {
      if (rest.length === 0) incident.proceed();
      else warn({ ...incident, findings: rest });
    });
  }

  /**
   * A paste or drop with text: held back and warned about when it carries a secret. It is
   * scanned before its field is looked for: one the guard cannot place (a page that reads pastes
   * on an element that is no field) is held all the same, and handed to that element afterwards.
   * One the bootstrap `held` before the guard was loaded is inserted by the guard when clean.
   */
  function guardIncoming(
    event: Event,
    trigger: GuardTrigger,
    data: DataTransfer | null,
    held?: HeldIncoming,
  ) {
    if (!event.isTrusted || isOwnInsertion(event) || !data) return;
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
        ? startScan(scanned, began, html ? withoutRepeats(scanned, text.length) : undefined)
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
    const caret = element && saveCaret(element);
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
    warnOnFindings(scan, {
      trigger,
      text: scanned,
      insertedLength: text.length,
      anchor: element ?? (focused && focused !== document.body ? focused : target),
      caret,
      proceed: () => place(text, payload),
      insert: (converted) => place(converted),
    });
  }

  /** A typed message about to be sent: stopped and warned about when it carries a secret. */
  function guardSend(
    event: Event,
    element: EditableElement,
    resend: () => void,
    show: (open: () => void) => void = (open) => open(),
    keep?: FindingsFilter,
  ): boolean {
    if (!event.isTrusted || mode === 'off' || sendApproved) return false;
    const began = performance.now();
    const text = textOf(element);
    if (!text) return false;
    const scan = startScan(text, began, keep);
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
      if (event !== lateKey) return false;
      proceed();
      return true;
    }
    hold(event);
    const caret = caretOverAll(element);
    // The range is taken again when converting: the editor may have re-rendered its blocks.
    const insert = (converted: string) => insertText(caretOverAll(element), converted);
    const incident = { trigger: 'send' as const, text, insertedLength: text.length, caret, insert };
    warnOnFindings(scan, { ...incident, anchor: element, proceed }, show);
    return true;
  }

  const hold = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  /** The guard's handlers, which the bootstrap's capture listeners call (see guard-events.ts). */
  const handlers = new Map<GuardEventType, (event: Event) => void>();
  const on = <K extends GuardEventType>(type: K, handler: (event: WindowEventMap[K]) => void) =>
    void handlers.set(type, handler as (event: Event) => void);
  const onIncoming = (event: Event) => {
    const incoming = incomingOf(event);
    if (incoming) guardIncoming(event, incoming.trigger, incoming.data);
  };
  on('paste', onIncoming);
  on('drop', onIncoming);
  on('beforeinput', onIncoming);

  const adapter = adapterFor(policyUrl());
  let heldPress: HTMLElement | undefined;
  /**
   * An Enter held before the guard was loaded that is no send the guard stops: given back to
   * the page and, where the page leaves it alone, doing what the browser would have done.
   */
  const replayLateEnter = (event: KeyboardEvent) => {
    const field = editableTargetOf(event);
    if (!field) return;
    heldKeys.add(event.code);
    pressEnter(field, event, () => {
      if (field instanceof HTMLTextAreaElement) insertText(saveCaret(field), '\n');
      else if (field instanceof HTMLInputElement) field.form?.requestSubmit();
      else field.ownerDocument.execCommand('insertParagraph');
    });
  };
  const pressSend = (button: HTMLElement) => {
    const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
    button.dispatchEvent(new PointerEvent('pointerdown', init));
    button.dispatchEvent(new MouseEvent('mousedown', init));
    button.dispatchEvent(new PointerEvent('pointerup', init));
    button.dispatchEvent(new MouseEvent('mouseup', init));
    button.click();
  };
  /** Keys whose press the guard held: their release is held too. */
  const heldKeys = new Set<string>();
  const holdsKey = (event: KeyboardEvent): boolean => {
    if (open?.ui.takeEarlyKey(event)) return true;
    if (event.key === 'Enter' || event.key === ' ') {
      // A send button with the focus: Closure buttons act on the key press itself.
      const button = adapter.sendButtonOf(event);
      const element = button && adapter.composerForButton(button);
      if (button && element) return guardSend(event, element, () => pressSend(button));
    }
    if (adapter.isSendKey(event)) {
      const element = editableTargetOf(event);
      return !!element && guardSend(event, element, () => adapter.resendKey(element, event));
    }
    return holdsPlainEnter(event);
  };
  const enterHabitsHere = enterHabits((callback) => lifetime.setTimeout(callback, 0));
  /**
   * A plain Enter in a text field the adapter knows nothing of: held as a send where this
   * composer was seen to send on Enter, and, before it has been seen, when the text holds a
   * high-confidence secret.
   */
  const holdsPlainEnter = (event: KeyboardEvent): boolean => {
    if (!event.isTrusted || !isPlainEnter(event) || adapter.knowsComposerOf(event)) return false;
    const field = editableTargetOf(event);
    if (!field || !isTextControl(field)) return false;
    const habit = enterHabitsHere.of(field);
    // A held Enter the guard lets go is given back; the page's answer to that is the habit.
    const late = event === lateKey;
    const replay = () => {
      const down = replayEnter(field);
      if (late) enterHabitsHere.watch(down, field);
    };
    const held =
      habit !== 'newline' &&
      guardSend(event, field, replay, undefined, habit ? undefined : highOnly);
    if (!held && late) replay();
    else if (!held) enterHabitsHere.watch(event, field);
    return held || late;
  };
  /** An Enter the bootstrap held before the guard was loaded (see `decideHeldKey`). */
  let lateKey: KeyboardEvent | undefined;
  on('keydown', (event) => {
    if (holdsKey(event)) heldKeys.add(event.code);
    else if (event === lateKey) replayLateEnter(event);
  });
  // The focus stays where it was until the dialog is drawn, and some sites act on the release
  // (Closure buttons, Gmail's Send among them, send on Space's keyup).
  on('keyup', (event) => {
    if (event.isTrusted && heldKeys.delete(event.code)) hold(event);
  });
  /** Whether a form's submit was stopped as a send. */
  const guardSubmit = (event: SubmitEvent): boolean => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return false;
    const element = adapter.composerInForm(form);
    return !!element && guardSend(event, element, () => resubmit(form, event.submitter));
  };
  on('submit', guardSubmit);
  // Send buttons: some sites act on the press, not the click (Gmail's Closure buttons send on
  // mouseup after a mousedown made them active), so the guard decides at the gesture's start and
  // holds the rest of a held gesture (mouseup, click) with it.
  // A dialog opened mid-press would sit under the pointer when the button is released: it opens
  // once the press ends (or after a second, should the release never come).
  let onRelease: (() => void) | undefined;
  const afterRelease = (open: () => void) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      onRelease = undefined;
      open();
    };
    // A release on the button is held below, which stops these listeners; that path calls it.
    onRelease = () => lifetime.setTimeout(once, 0);
    for (const type of ['pointerup', 'mouseup'] as const) {
      lifetime.addEventListener(window, type, () => lifetime.setTimeout(once, 0), {
        capture: true,
        once: true,
      });
    }
    lifetime.setTimeout(once, 1000);
  };
  const guardButton = (event: Event) => {
    if (!event.isTrusted || (event instanceof MouseEvent && event.button !== 0)) return;
    const button = adapter.sendButtonOf(event);
    if (!button) return;
    if (heldPress === button && event.type !== 'pointerdown') {
      hold(event);
      if (event.type !== 'mousedown') onRelease?.();
      if (event.type === 'click') heldPress = undefined;
      return;
    }
    heldPress = undefined;
    if (event.type === 'pointerup' || event.type === 'mouseup') return;
    const element = adapter.composerForButton(button);
    const pressing = event.type !== 'click';
    if (
      element &&
      guardSend(event, element, () => pressSend(button), pressing ? afterRelease : undefined)
    ) {
      if (pressing) heldPress = button;
    }
  };
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const) {
    on(type, guardButton);
  }
  /**
   * A press the bootstrap held before the guard was loaded: stopped as a send, or given back. A
   * click on a form's submit button is decided here, as its replay's submit may not be trusted
   * (Firefox passes the click's untrustedness on); a press on one without its click yet is given
   * back, and the real click's submit is decided as any other.
   */
  const decideHeldPress = (events: MouseEvent[]) => {
    const start = events[0];
    const click = events.find(({ type }) => type === 'click');
    const replay = () => events.forEach(replayPress);
    const button = start && adapter.sendButtonOf(start);
    if (button) {
      const element = adapter.composerForButton(button);
      const released = events.some(({ type }) => type !== 'pointerdown' && type !== 'mousedown');
      const show = released ? undefined : afterRelease;
      if (element && guardSend(start, element, () => pressSend(button), show)) {
        // The rest of the press, still to come, is held with it.
        if (!click) heldPress = button;
        return;
      }
    } else if (click) {
      const form = formSubmittedBy(click);
      const element = form && adapter.composerInForm(form);
      if (element && guardSend(click, element, replay)) return;
    }
    replay();
  };

  // A paste held for the guard: the engine is built while the settings are on their way.
  if (pasteWaiting) scanNow('');
  return settingsKnown.then(() => {
    // The detectors build their engine on first use, tens of milliseconds: the guard loads when
    // a field is first focused, so this runs before the paste that usually follows rather than
    // inside it; the same for the warning's host.
    if (mode !== 'off') {
      lifetime.requestIdleCallback(
        () => {
          prepareScan();
          startScan(warmUpText(), performance.now());
          warnings.prepare();
        },
        { timeout: 2000 },
      );
    }
    return {
      handle: (event) => handlers.get(event.type as GuardEventType)?.(event),
      decideHeld: (held) => guardIncoming(held.event, held.trigger, held.data, held),
      decideHeldPress,
      decideHeldSubmit: (event) => {
        const form = event.target;
        if (!guardSubmit(event) && form instanceof HTMLFormElement) resubmit(form, event.submitter);
      },
      decideHeldKey: (event) => {
        lateKey = event;
        try {
          handlers.get('keydown')?.(event);
        } finally {
          lateKey = undefined;
        }
      },
    };
  });
}
