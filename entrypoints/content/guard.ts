import { prepareScan, scan } from '@/detectors/guard-scan';
import { sendMessage } from '@/lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { watchGuardSettings } from '@/lib/settings/guard';
import { siteModeFor, type SiteMode } from '@/lib/site-policy';
import { adapterFor } from './adapters';
import { describeFindings } from './describe-findings';
import { createGestureHold } from './gesture-hold';
import { incomingOf, type GuardEventType, type LoadedGuard } from './guard-events';
import { heldScanner, warmUpTexts } from './held-scan';
import { createIncidents } from './incident';
import type { GuardLifetime } from './lifetime';
import { createPasteHold } from './paste-hold';
import { createSendGuard } from './send-guard';
import { warningUis } from './warning-ui';

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
 * Without any answer about the settings in this long (a background that does not answer), the
 * guard acts on the defaults, which guard every site.
 */
const SETTINGS_WAIT_MS = 3000;

/**
 * Starts the guard in this frame; resolves once the user's settings have arrived (or after
 * SETTINGS_WAIT_MS), so that no paste is decided on the defaults. `pasteWaiting`: a paste is held
 * until then.
 */
export function startGuard(
  lifetime: GuardLifetime,
  pasteWaiting: boolean,
  cachedSettings: Promise<Settings | undefined>,
): Promise<LoadedGuard> {
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
  const watchSettings = (cached: Promise<Settings | undefined>) =>
    lifetime.onInvalidated(watchGuardSettings(applySettings, cached));
  if (pasteWaiting) {
    // The paste is decided on the settings kept on this device, when there are some, and the
    // background is asked and changes watched only after that, in a task of their own: the
    // frame's first messages and listener through the extension API took 1-6 ms of the wait.
    // The watch is then not handed the cached settings again, which are already applied.
    void cachedSettings.then((cached) => {
      if (!cached) return watchSettings(cachedSettings);
      applySettings(cached);
      lifetime.setTimeout(() => watchSettings(Promise.resolve(undefined)), 0);
    });
  } else watchSettings(cachedSettings);
  lifetime.setTimeout(settled, SETTINGS_WAIT_MS);

  const warnings = warningUis(lifetime);

  const scanOptions = () => ({
    disabled: settings.disabledGroups,
    minConfidence: settings.minConfidence,
    userRules: settings.customRules,
  });
  const scanNow = (text: string) => scan(text, scanOptions());
  const wait = (ms: number) => new Promise<void>((resolve) => lifetime.setTimeout(resolve, ms));
  const startScan = heldScanner(scanNow, wait);

  const incidents = createIncidents({
    warnings,
    send: sendMessage,
    describe: (findings) => describeFindings(findings, wait),
    later: (callback) => lifetime.setTimeout(callback, 0),
    allowAnyway: () => mode !== 'block',
    serverUrl: () => settings.serverUrl,
  });

  const decisions = {
    mode: () => mode,
    startScan,
    wait,
    warnOnFindings: incidents.warnOnFindings,
  };
  const guardIncoming = createPasteHold(decisions);

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
    guardSend: createSendGuard(decisions),
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
      // One idle task per step, each a few milliseconds.
      const steps = [
        prepareScan,
        ...warmUpTexts().map((text) => () => void startScan(text, performance.now())),
        () => warnings.prepare(),
        // What a paste or a key goes through first, run on events made here: never dispatched
        // and untrusted, so each handler returns at its first check, compiled by then.
        () => {
          handlers.get('paste')?.(new ClipboardEvent('paste'));
          handlers.get('keydown')?.(new KeyboardEvent('keydown'));
        },
      ];
      const next = () => {
        steps.shift()?.();
        if (steps.length > 0) lifetime.requestIdleCallback(next, { timeout: 2000 });
      };
      lifetime.requestIdleCallback(next, { timeout: 2000 });
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
