import { prepareScan, scan } from '@/detectors/guard-scan';
import type { GuardTrigger } from '@/lib/history';
import {
  caretOverAll,
  dispatchSyntheticPaste,
  editableAt,
  eventOrigin,
  insertText,
  isOwnInsertion,
  isTextControl,
  saveCaret,
  textOf,
} from '@/lib/insert-text';
import { sendMessage } from '@/lib/messages';
import { replaceInPlace, type InPlaceReplacement } from '@/lib/replace-in-place';
import { finishScan, scanWithin, sliceScanner } from '@/lib/scan-slices';
import { watchGuardSettings } from '@/lib/settings/guard';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { siteModeFor, type SiteMode } from '@/lib/site-policy';
import { adapterFor } from './adapters';
import { describeFindings } from './describe-findings';
import { withoutRepeats, type FindingsFilter } from './findings-filter';
import { createGestureHold, type GestureContext, type ShowWarning } from './gesture-hold';
import { htmlScanText, takesHtml } from './html-text';
import {
  hold,
  incomingOf,
  type GuardEventType,
  type HeldIncoming,
  type LoadedGuard,
} from './guard-events';
import { createIncidents, type Incident } from './incident';
import type { GuardLifetime } from './lifetime';
import { copyTransfer } from './transfer';
import { warningUis } from './warning-ui';

/**
 * Scanning time a paste or send may take inside its own event handler: a text scanned within it
 * (about 1 MB on this project's test machine) is decided at once and a clean paste goes through
 * natively; a longer one is held and the rest scanned in later tasks, so no task nears 50 ms of
 * the guard's own work. A text whose reading alone took longer than this (the browser reads a
 * 10 MB clipboard in about 110 ms here, as for any page that reads its paste) gets one slice.
 */
const SYNC_SCAN_BUDGET_MS = 25;

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

  const incidents = createIncidents({
    warnings,
    send: sendMessage,
    describe: (findings) => describeFindings(findings, wait),
    later: (callback) => lifetime.setTimeout(callback, 0),
    allowAnyway: () => mode !== 'block',
    serverUrl: () => settings.serverUrl,
  });

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
    show: ShowWarning = (open) => open(),
  ) {
    const { findings } = scan;
    if (findings) {
      show(() => incidents.warn({ ...incident, findings }));
      return;
    }
    void scan.rest().then((rest) => {
      if (rest.length === 0) incident.proceed();
      else incidents.warn({ ...incident, findings: rest });
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
      proceed: () => place(text, payload),
      insert: (converted) => place(converted),
    });
  }

  /** Set while a user-approved send goes through, so the guard does not stop it again. */
  let sendApproved = false;
  /** A typed message about to be sent: stopped and warned about when it carries a secret. */
  const guardSend: GestureContext['guardSend'] = (event, element, resend, { show, keep, late }) => {
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
      if (!late) return false;
      proceed();
      return true;
    }
    hold(event);
    // A message already in the composer keeps all but its secrets, or, where its editor refused
    // in-place swaps (perhaps after some), is rewritten whole; the range is taken again then, as
    // the editor may have re-rendered its blocks.
    const insert = async (converted: string, swaps: InPlaceReplacement[]) => {
      if (!(await replaceInPlace(element, swaps, () => wait(0)))) {
        insertText(caretOverAll(element), converted);
      }
    };
    const incident = { trigger: 'send' as const, text, insertedLength: text.length, insert };
    warnOnFindings(scan, { ...incident, anchor: element, proceed }, show);
    return true;
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

  const gestures = createGestureHold({
    adapter: adapterFor(policyUrl()),
    guardSend,
    takeEarlyKey: incidents.takeEarlyKey,
    lifetime,
  });
  on('keydown', gestures.keydown);
  on('keyup', gestures.keyup);
  on('submit', gestures.submit);
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const) {
    on(type, gestures.press);
  }

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
      decideHeldPress: gestures.decideHeldPress,
      decideHeldSubmit: gestures.decideHeldSubmit,
      decideHeldKey: gestures.decideHeldKey,
    };
  });
}
