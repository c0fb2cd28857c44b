import { i18n } from '#i18n';
import type { Finding } from '@/detectors';
import type { GuardAction, GuardTrigger } from '@/lib/history';
import type { sendMessage } from '@/lib/messages';
import type { InPlaceReplacement } from '@/lib/replace-in-place';
import { replaceSpans } from '@/lib/splice';
import type { HeldScan } from './held-scan';
import type { WarningState } from './secret-warning';
import type { WarningUi, WarningUis } from './warning-ui';

/** A held paste, drop or send that carries secrets, as the warning about it sees it. */
export interface Incident {
  trigger: GuardTrigger;
  /** What was scanned: the text that goes in, then (for a rich paste) what its HTML holds. */
  text: string;
  /** The length of the text that goes in: findings past it are only in the paste's HTML. */
  insertedLength: number;
  findings: Finding[];
  /** Where the dialog shows, and the focus goes back to. */
  anchor: Element;
  /** What "anyway" does: insert the original paste, or let the held-back send go. */
  proceed(): void;
  /**
   * Puts the text, its secrets swapped for links, where it was going; a send may swap each
   * secret in place (`swaps`) instead, keeping the rest of what its editor holds.
   */
  insert(converted: string, swaps: InPlaceReplacement[]): void | Promise<void>;
}

/** What the incidents act through: all the page, the dialog and the background they touch. */
export interface IncidentContext {
  warnings: WarningUis;
  /** Requests to the background: the share, the history record, the setup page. */
  send: typeof sendMessage;
  /** The findings with their titles and rotation pages, which the content build leaves out. */
  describe(findings: Finding[]): Promise<Finding[]>;
  /** Runs `callback` once the event handler that warned is done. */
  later(callback: () => void): void;
  /** False where the site's policy blocks: no "anyway". */
  allowAnyway(): boolean;
  serverUrl(): string;
}

/** When a held send's warning opens: `open` is called at once, or later. */
export type ShowWarning = (open: () => void) => void;

export interface Incidents {
  /** Shows the warning about `incident`, in place of one still open (which counts as cancelled). */
  warn(incident: Incident): void;
  /**
   * For a held paste or send: warns now when the scan finished inside the handler; otherwise the
   * rest is scanned in later tasks, then the held action goes on as it was or is warned about.
   */
  warnOnFindings(scan: HeldScan, incident: Omit<Incident, 'findings'>, show?: ShowWarning): void;
  /** A key pressed before the open dialog is drawn, acted on there (see WarningUi). */
  takeEarlyKey(event: KeyboardEvent): boolean;
}

/**
 * The open warning: `ask` until the user chose, `working` while the links are made, `failed`
 * when they could not be; closing it (converted, anyway, cancelled) leaves none open.
 */
interface Open {
  ui: WarningUi;
  incident: Incident;
  phase: WarningState['kind'];
}

/** The one warning a frame shows at a time, and what each of its buttons does. */
export function createIncidents(context: IncidentContext): Incidents {
  let open: Open | undefined;

  const record = ({ trigger, findings }: Incident, action: GuardAction) =>
    void context
      .send({
        type: 'history.record',
        action,
        trigger,
        ruleIds: [...new Set(findings.map((f) => f.ruleId))],
      })
      .catch(() => undefined);

  const focusBack = ({ anchor }: Incident) => {
    if (anchor instanceof HTMLElement) anchor.focus({ preventScroll: true });
  };
  const close = () => {
    const incident = open?.incident;
    open?.ui.remove();
    open = undefined;
    if (incident) focusBack(incident);
  };

  const failure = (reply: { reason?: string; origin?: string } | undefined) => {
    const reason = reply?.reason;
    const message =
      reason === 'refused'
        ? i18n.t('dialog.failedRefused')
        : reason === 'not-allowed'
          ? i18n.t('dialog.failedNotAllowed', [reply?.origin ?? context.serverUrl()])
          : reason === 'no-server'
            ? i18n.t('dialog.failedNoServer')
            : i18n.t('dialog.failedUnreachable', [context.serverUrl()]);
    return { kind: 'failed' as const, message, setup: reason !== 'refused' };
  };

  async function convert(shown: Open) {
    const { incident, ui } = shown;
    shown.phase = 'working';
    const props = warningProps(incident);
    ui.update({ ...props, state: { kind: 'working' } });
    const { insertedLength } = incident;
    const text = incident.text.slice(0, insertedLength);
    // Secrets only in a rich paste's HTML are not sent anywhere: the HTML is left out instead.
    const findings = incident.findings.filter((f) => f.end <= insertedLength);
    const secrets = findings.map((f) => text.slice(f.start, f.end));
    const reply =
      secrets.length === 0
        ? { ok: true as const, links: [] }
        : await context.send({ type: 'share.create', secrets }).catch(() => undefined);
    if (open !== shown) return;
    if (!reply?.ok) {
      shown.phase = 'failed';
      ui.update({ ...props, state: failure(reply) });
      return;
    }
    close();
    const swaps = findings.map((f, i) => ({
      secret: text.slice(f.start, f.end),
      start: f.start,
      link: reply.links[i] ?? '',
    }));
    await incident.insert(replaceSpans(text, findings, reply.links), swaps);
    record(incident, 'converted');
  }

  function anyway(shown: Open) {
    const { incident, ui } = shown;
    // A page that takes pastes itself reads where the focus is.
    focusBack(incident);
    incident.proceed();
    record(incident, incident.trigger === 'send' ? 'sent-anyway' : 'pasted-anyway');
    const rotate = incident.findings.find((f) => f.rotateUrl)?.rotateUrl;
    if (rotate) {
      ui.notice(i18n.t('dialog.rotate'), rotate);
      open = undefined;
    } else close();
  }

  function warningProps(incident: Incident) {
    return {
      findings: incident.findings,
      trigger: incident.trigger === 'send' ? ('send' as const) : ('paste' as const),
      allowAnyway: context.allowAnyway(),
      state: { kind: 'ask' as const },
      onConvert: () => open && void convert(open),
      onAnyway: () => open && context.allowAnyway() && anyway(open),
      onSetup: () => void context.send({ type: 'setup.open' }).catch(() => undefined),
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
    }
    const shown: Open = {
      ui: context.warnings.open(incident.anchor, warningProps(incident)),
      incident,
      phase: 'ask',
    };
    open = shown;
    // The dialog shows at once; the rules' titles and rotation pages follow from the
    // background, asked once the handler is done, as sending a message costs it time. The next
    // dialog's host is made then too.
    context.later(() => {
      context.warnings.prepare();
      void context.describe(incident.findings).then((findings) => {
        shown.incident = { ...incident, findings };
        if (open === shown && shown.phase === 'ask') {
          shown.ui.update(warningProps(shown.incident));
        }
      });
    });
  }

  return {
    warn,
    warnOnFindings(scan, incident, show = (open) => open()) {
      const { findings } = scan;
      if (findings) {
        show(() => warn({ ...incident, findings }));
        return;
      }
      void scan.rest().then((rest) => {
        if (rest.length === 0) incident.proceed();
        else warn({ ...incident, findings: rest });
      });
    },
    takeEarlyKey: (event) => !!open?.ui.takeEarlyKey(event),
  };
}
