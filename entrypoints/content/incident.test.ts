import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/detectors';
import type { Message, Replies } from '@/lib/messages';
import { createIncidents, type Incident, type IncidentContext } from './incident';
import type { SecretWarningProps } from './secret-warning';
import type { WarningUi } from './warning-ui';

// Messages as their key and arguments, so a test can tell which one the user was shown.
vi.mock('#i18n', () => ({
  i18n: { t: (key: string, args: string[] = []) => [key, ...args].join(' ') },
}));

/** The field a paste was going to: only its focus matters here. */
class FakeField {
  focused = 0;
  focus() {
    this.focused++;
  }
}

/** A dialog as the user sees it: its props over time, a notice, or gone. */
class FakeDialog implements WarningUi {
  shown: SecretWarningProps[] = [];
  notices: string[] = [];
  removed = false;
  constructor(props: SecretWarningProps) {
    this.shown.push(props);
  }
  get props(): SecretWarningProps {
    return this.shown[this.shown.length - 1] as SecretWarningProps;
  }
  takeEarlyKey = vi.fn(() => true);
  update(props: SecretWarningProps) {
    this.shown.push(props);
  }
  notice(message: string, link?: string) {
    this.notices.push(`${message} ${link}`);
  }
  remove() {
    this.removed = true;
  }
}

const finding = (ruleId: string, start: number, end: number, rotateUrl?: string): Finding => ({
  ruleId,
  provider: 'example',
  title: '',
  group: 'generic',
  confidence: 'high',
  start,
  end,
  redacted: '****',
  rotateUrl,
});

/** A background that makes one link per secret, or answers `failure`; it records what it got. */
function setUp(options: { failure?: Replies['share.create']; allowAnyway?: boolean } = {}) {
  const dialogs: FakeDialog[] = [];
  const sent: Message[] = [];
  const later: (() => void)[] = [];
  let answer: (() => void) | undefined;
  const context: IncidentContext = {
    warnings: {
      prepare: vi.fn(),
      open: (_anchor, props) => {
        const dialog = new FakeDialog(props);
        dialogs.push(dialog);
        return dialog;
      },
    },
    send: ((message: Message) => {
      sent.push(message);
      if (message.type !== 'share.create') return Promise.resolve({ ok: true });
      const reply = options.failure ?? {
        ok: true,
        links: message.secrets.map((_, i) => `LINK${i + 1}`),
      };
      // The reply waits for `answer`, so a test can act while the links are being made.
      return new Promise((resolve) => (answer = () => resolve(reply)));
    }) as unknown as IncidentContext['send'],
    describe: (findings) =>
      Promise.resolve(findings.map((f) => ({ ...f, title: `Title of ${f.ruleId}` }))),
    later: (callback) => void later.push(callback),
    allowAnyway: () => options.allowAnyway ?? true,
    serverUrl: () => 'https://links.example',
  };
  const incidents = createIncidents(context);
  const field = new FakeField();
  const inserted: string[] = [];
  const swapped: unknown[] = [];
  const proceed = vi.fn();
  const incident = (overrides: Partial<Incident> = {}): Incident => ({
    trigger: 'paste',
    text: 'key SECRET1 and SECRET2 end',
    insertedLength: 27,
    findings: [finding('rule-a', 4, 11), finding('rule-a', 16, 23)],
    anchor: field as unknown as Element,
    proceed,
    insert: (converted, swaps) => {
      inserted.push(converted);
      swapped.push(swaps);
    },
    ...overrides,
  });
  const records = () =>
    sent.flatMap((m) => (m.type === 'history.record' ? [`${m.action} ${m.ruleIds.join()}`] : []));
  const shares = () => sent.flatMap((m) => (m.type === 'share.create' ? [m.secrets] : []));
  /** Lets the background answer and every promise waiting on it run. */
  const settle = async () => {
    answer?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const runLater = async () => {
    for (const callback of later.splice(0)) callback();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return {
    incidents,
    incident,
    dialogs,
    field,
    inserted,
    swapped,
    proceed,
    records,
    shares,
    settle,
    runLater,
  };
}

beforeEach(() => vi.stubGlobal('HTMLElement', FakeField));
afterEach(() => vi.unstubAllGlobals());

describe('an incident', () => {
  it('converts a paste: only the secrets go to the server and come back as links', async () => {
    const t = setUp();
    t.incidents.warn(t.incident());
    const [dialog] = t.dialogs;
    expect(dialog?.props.state).toEqual({ kind: 'ask' });
    expect(dialog?.props.trigger).toBe('paste');
    dialog?.props.onConvert();
    expect(dialog?.props.state).toEqual({ kind: 'working' });
    expect(t.inserted).toEqual([]);
    await t.settle();
    expect(t.shares()).toEqual([['SECRET1', 'SECRET2']]);
    expect(t.inserted).toEqual(['key LINK1 and LINK2 end']);
    expect(dialog?.removed).toBe(true);
    expect(t.field.focused).toBe(1);
    expect(t.records()).toEqual(['converted rule-a']);
  });

  it('gives a send its secrets to swap in place, with the links', async () => {
    const t = setUp();
    t.incidents.warn(t.incident({ trigger: 'send' }));
    expect(t.dialogs[0]?.props.trigger).toBe('send');
    t.dialogs[0]?.props.onConvert();
    await t.settle();
    expect(t.swapped).toEqual([
      [
        { secret: 'SECRET1', start: 4, link: 'LINK1' },
        { secret: 'SECRET2', start: 16, link: 'LINK2' },
      ],
    ]);
  });

  it('leaves out a rich paste’s HTML: its secrets are not shared, and it does not go in', async () => {
    const t = setUp();
    const text = 'plain SECRET1\nhtml SECRET3';
    const findings = [finding('rule-a', 6, 13), finding('rule-b', 19, 26)];
    t.incidents.warn(t.incident({ text, insertedLength: 13, findings }));
    t.dialogs[0]?.props.onConvert();
    await t.settle();
    expect(t.shares()).toEqual([['SECRET1']]);
    expect(t.inserted).toEqual(['plain LINK1']);
    expect(t.records()).toEqual(['converted rule-a,rule-b']);
  });

  it('keeps the dialog open with the reason when no link could be made, and inserts nothing', async () => {
    const t = setUp({ failure: { ok: false, reason: 'unreachable' } });
    t.incidents.warn(t.incident());
    const [dialog] = t.dialogs;
    dialog?.props.onConvert();
    await t.settle();
    expect(dialog?.props.state).toEqual({
      kind: 'failed',
      message: 'dialog.failedUnreachable https://links.example',
      setup: true,
    });
    expect(dialog?.removed).toBe(false);
    expect(t.inserted).toEqual([]);
    expect(t.records()).toEqual([]);
  });

  it.each([
    ['refused', undefined, 'dialog.failedRefused', false],
    ['not-allowed', 'https://other.example', 'dialog.failedNotAllowed https://other.example', true],
    ['no-server', undefined, 'dialog.failedNoServer', true],
  ] as const)('says why when the share failed as %s', async (reason, origin, message, setup) => {
    const t = setUp({ failure: { ok: false, reason, origin } });
    t.incidents.warn(t.incident());
    t.dialogs[0]?.props.onConvert();
    await t.settle();
    // A server that refused the secret is no server to choose again.
    expect(t.dialogs[0]?.props.state).toEqual({ kind: 'failed', message, setup });
  });

  it('inserts nothing when the dialog was cancelled while the links were being made', async () => {
    const t = setUp();
    t.incidents.warn(t.incident());
    const [dialog] = t.dialogs;
    dialog?.props.onConvert();
    dialog?.props.onCancel();
    await t.settle();
    expect(t.inserted).toEqual([]);
    expect(t.records()).toEqual(['cancelled rule-a']);
  });

  it('pastes the original anyway where the site allows it, and says where to rotate the key', () => {
    const t = setUp();
    const findings = [finding('rule-a', 4, 11, 'https://rotate.example')];
    t.incidents.warn(t.incident({ findings }));
    const [dialog] = t.dialogs;
    expect(dialog?.props.allowAnyway).toBe(true);
    dialog?.props.onAnyway();
    expect(t.proceed).toHaveBeenCalledTimes(1);
    expect(t.field.focused).toBe(1);
    expect(dialog?.notices).toEqual(['dialog.rotate https://rotate.example']);
    expect(dialog?.removed).toBe(false);
    expect(t.records()).toEqual(['pasted-anyway rule-a']);
    // The notice is no open warning: a new paste does not cancel anything.
    t.incidents.warn(t.incident());
    expect(t.records()).toEqual(['pasted-anyway rule-a']);
  });

  it('lets a held send go anyway and closes the dialog when there is nowhere to rotate', () => {
    const t = setUp();
    t.incidents.warn(t.incident({ trigger: 'send' }));
    t.dialogs[0]?.props.onAnyway();
    expect(t.proceed).toHaveBeenCalledTimes(1);
    expect(t.dialogs[0]?.removed).toBe(true);
    expect(t.dialogs[0]?.notices).toEqual([]);
    expect(t.records()).toEqual(['sent-anyway rule-a']);
  });

  it('has no way around the warning where the site blocks', () => {
    const t = setUp({ allowAnyway: false });
    t.incidents.warn(t.incident());
    const [dialog] = t.dialogs;
    expect(dialog?.props.allowAnyway).toBe(false);
    dialog?.props.onAnyway();
    expect(t.proceed).not.toHaveBeenCalled();
    expect(dialog?.removed).toBe(false);
    expect(t.records()).toEqual([]);
  });

  it('cancels: nothing goes in, the focus goes back, and the choice is recorded', () => {
    const t = setUp();
    t.incidents.warn(t.incident());
    t.dialogs[0]?.props.onCancel();
    expect(t.dialogs[0]?.removed).toBe(true);
    expect(t.field.focused).toBe(1);
    expect(t.proceed).not.toHaveBeenCalled();
    expect(t.inserted).toEqual([]);
    expect(t.records()).toEqual(['cancelled rule-a']);
  });

  it('replaces an open warning with a new one, the first counting as cancelled', () => {
    const t = setUp();
    t.incidents.warn(t.incident());
    t.incidents.warn(t.incident({ findings: [finding('rule-b', 4, 11)] }));
    expect(t.dialogs.map((d) => d.removed)).toEqual([true, false]);
    expect(t.records()).toEqual(['cancelled rule-a']);
    t.dialogs[1]?.props.onCancel();
    expect(t.records()).toEqual(['cancelled rule-a', 'cancelled rule-b']);
  });

  it('names the secrets once their titles arrive, unless the user already chose', async () => {
    const t = setUp();
    t.incidents.warn(t.incident());
    await t.runLater();
    expect(t.dialogs[0]?.props.findings.map((f) => f.title)).toEqual([
      'Title of rule-a',
      'Title of rule-a',
    ]);
    t.incidents.warn(t.incident());
    t.dialogs[1]?.props.onConvert();
    await t.runLater();
    expect(t.dialogs[1]?.props.state).toEqual({ kind: 'working' });
  });

  it('hands keys pressed before the dialog is drawn to the open dialog only', () => {
    const t = setUp();
    const key = {} as KeyboardEvent;
    expect(t.incidents.takeEarlyKey(key)).toBe(false);
    t.incidents.warn(t.incident());
    expect(t.incidents.takeEarlyKey(key)).toBe(true);
    expect(t.dialogs[0]?.takeEarlyKey).toHaveBeenCalledWith(key);
  });

  it('warns when the scan found secrets inside the handler, once `show` opens it', () => {
    const t = setUp();
    const opens: (() => void)[] = [];
    const { findings, ...incident } = t.incident();
    const rest = vi.fn();
    t.incidents.warnOnFindings({ findings, rest }, incident, (open) => void opens.push(open));
    expect(t.dialogs).toEqual([]);
    opens[0]?.();
    expect(t.dialogs[0]?.props.findings).toEqual(findings);
    expect(rest).not.toHaveBeenCalled();
  });

  it('lets a held paste go on when the rest of a long scan is clean, and warns when it is not', async () => {
    const t = setUp();
    const { findings, ...incident } = t.incident();
    t.incidents.warnOnFindings({ findings: undefined, rest: async () => [] }, incident);
    await t.settle();
    expect(t.proceed).toHaveBeenCalledTimes(1);
    expect(t.dialogs).toEqual([]);
    t.incidents.warnOnFindings({ findings: undefined, rest: async () => findings }, incident);
    await t.settle();
    expect(t.proceed).toHaveBeenCalledTimes(1);
    expect(t.dialogs[0]?.props.findings).toEqual(findings);
  });
});
