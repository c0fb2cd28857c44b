import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/detectors';
import type { EditableElement } from '@/lib/insert-text';
import type { SiteAdapter } from './adapters/generic';
import { createGestureHold, type GestureContext } from './gesture-hold';
import type * as EnterHabitsModule from './enter-habits';
import { hold } from './guard-events';

/** A field as these tests need it: its text, and whether it is a textarea or an editor. */
interface FakeField {
  value: string;
  textarea: boolean;
  tagName: string;
  getAttribute(name: string): string | null;
}

// The page side, faked: what each gesture's replay would have given the page is recorded.
const page = vi.hoisted(() => ({
  given: [] as string[],
  /** Whether the page's own handler takes a given-back Enter (a chat that sends on Enter). */
  takesEnter: false,
}));
vi.mock('@/lib/insert-text', () => ({
  editableTargetOf: (event: { field?: FakeField }) => event.field,
  isTextControl: (field: FakeField) => field.textarea,
  textOf: (field: FakeField) => field.value,
}));
const editableTargetOf = (event: Event) => (event as { field?: FakeField }).field;
vi.mock('./held-send', () => ({
  pressSend: (button: { name: string }) => page.given.push(`press ${button.name}`),
  replayPress: (event: Event) => page.given.push(`replay ${event.type}`),
  resubmit: () => page.given.push('submit'),
  formSubmittedBy: (click: { form?: unknown }) => click.form,
}));
vi.mock('./enter-habits', async (original) => ({
  ...(await original<typeof EnterHabitsModule>()),
  replayEnter: (field: FakeField, modifiers?: { ctrlKey?: boolean }) => {
    page.given.push(modifiers?.ctrlKey ? 'ctrl+enter' : 'enter');
    // The page answers the given-back Enter: a chat sends and empties the field.
    if (page.takesEnter) field.value = '';
    return { defaultPrevented: page.takesEnter };
  },
}));

class FakeForm {
  constructor(readonly composer: FakeField) {}
}
class FakeEvent {
  isTrusted = true;
  defaultPrevented = false;
  constructor(readonly type: string) {}
  preventDefault() {
    this.defaultPrevented = true;
  }
  stopImmediatePropagation() {}
}
/** A pointer or mouse event on a button; `instanceof MouseEvent` holds for it here. */
class FakeMouse extends FakeEvent {
  constructor(
    type: string,
    readonly sendButton?: FakeButton,
    readonly button = 0,
    readonly form?: FakeForm,
  ) {
    super(type);
  }
}
interface FakeButton {
  name: string;
  composer?: FakeField;
}

const key = (name: string, field?: FakeField, init: Partial<KeyboardEvent> = {}) => {
  const event = new FakeEvent('keydown') as unknown as KeyboardEvent & { field?: FakeField };
  return Object.assign(event, {
    key: name,
    code: name === ' ' ? 'Space' : name,
    shiftKey: false,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    isComposing: false,
    field,
    ...init,
  });
};
const keyUp = (down: KeyboardEvent) =>
  Object.assign(new FakeEvent('keyup'), { code: down.code }) as unknown as KeyboardEvent;
/** Whether the page and the browser got the event. */
const passed = (event: Event) => !event.defaultPrevented;

/** Fields with the same `name` stand for one composer, re-rendered. */
const field = (value: string, textarea: boolean, name = 'composer'): FakeField => ({
  value,
  textarea,
  tagName: textarea ? 'TEXTAREA' : 'DIV',
  getAttribute: (attribute) => (attribute === 'name' ? name : null),
});
const textarea = (value: string) => field(value, true);
// Built from parts, like every example in this repository.
const HIGH = 'SECRET' + '-high';
const LOW = 'SECRET' + '-low';

function setUp(options: { earlyKeys?: boolean } = {}) {
  const warnings: string[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const releaseListeners: (() => void)[] = [];
  /** What "send anyway" would do for each held send. */
  const resends: (() => void)[] = [];
  const adapter: SiteAdapter = {
    // Ctrl+Enter in a textarea sends, as in a mail composer the adapter knows.
    isSendKey: (event) =>
      event.key === 'Enter' && event.ctrlKey && !!editableTargetOf(event)?.textarea,
    knowsComposerOf: () => false,
    resendKey: () => void page.given.push('resent key'),
    composerInForm: (form) => (form as unknown as FakeForm).composer as unknown as EditableElement,
    sendButtonOf: (event) => (event as unknown as FakeMouse).sendButton as unknown as HTMLElement,
    composerForButton: (button) =>
      (button as unknown as FakeButton).composer as EditableElement | undefined,
  };
  /** As the guard decides a send: held and warned about when its text holds a secret. */
  const guardSend: GestureContext['guardSend'] = (event, element, resend, options) => {
    const text = (element as unknown as FakeField).value;
    const findings = [HIGH, LOW]
      .filter((secret) => text.includes(secret))
      .map((secret) => ({ confidence: secret === HIGH ? 'high' : 'low' }) as Finding);
    if ((options.keep ?? ((all) => all))(findings).length === 0) {
      if (!options.late) return false;
      resend();
      return true;
    }
    hold(event);
    resends.push(resend);
    (options.show ?? ((open) => open()))(() => warnings.push(text));
    return true;
  };
  const gestures = createGestureHold({
    adapter,
    guardSend,
    takeEarlyKey: () => !!options.earlyKeys,
    lifetime: {
      setTimeout: (callback, ms) => void timers.push({ callback, ms }),
      addEventListener: (_target, _type, listener) =>
        void releaseListeners.push(() => listener(new Event('pointerup') as never)),
    },
  });
  /** Runs the timers due within `ms`, as the browser would once that time has passed. */
  const runTimers = (ms = 0) => {
    for (const timer of timers.filter((t) => t.ms <= ms)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.callback();
    }
  };
  /** A composer that has been seen to send on Enter (the page took the key) or not. */
  const composerSeen = (sends: boolean) => {
    const field = textarea('hello there');
    const first = key('Enter', field);
    gestures.keydown(first);
    if (sends) first.preventDefault();
    runTimers();
    return field;
  };
  return { gestures, warnings, resends, runTimers, releaseListeners, composerSeen };
}

beforeEach(() => {
  page.given.length = 0;
  page.takesEnter = false;
  vi.stubGlobal('MouseEvent', FakeMouse);
  vi.stubGlobal('HTMLFormElement', FakeForm);
  vi.stubGlobal('window', {});
});
afterEach(() => vi.unstubAllGlobals());

const mouse = (type: string, button?: FakeButton, which = 0) =>
  new FakeMouse(type, button, which) as unknown as MouseEvent;
const submit = (form: FakeForm) =>
  Object.assign(new FakeEvent('submit'), {
    target: form,
    submitter: null,
  }) as unknown as SubmitEvent;

describe('the send keys', () => {
  it('holds a send key over a secret, with its release, and warns', () => {
    const t = setUp();
    const field = textarea(`token ${LOW}`);
    const down = key('Enter', field, { ctrlKey: true });
    t.gestures.keydown(down);
    expect(passed(down)).toBe(false);
    expect(t.warnings).toEqual([`token ${LOW}`]);
    const up = keyUp(down);
    t.gestures.keyup(up);
    expect(passed(up)).toBe(false);
    // "Send anyway" gives the key back to the composer.
    t.resends[0]?.();
    expect(page.given).toEqual(['resent key']);
  });

  it('lets a send key over clean text through, release and all', () => {
    const t = setUp();
    const down = key('Enter', textarea('hello'), { ctrlKey: true });
    t.gestures.keydown(down);
    const up = keyUp(down);
    t.gestures.keyup(up);
    expect([passed(down), passed(up)]).toEqual([true, true]);
    expect(t.warnings).toEqual([]);
  });

  it('holds Enter or Space on a focused send button, and presses it for "send anyway"', () => {
    for (const name of ['Enter', ' ']) {
      const t = setUp();
      const down = key(name);
      Object.assign(down, { sendButton: { name: 'Send', composer: textarea(HIGH) } });
      t.gestures.keydown(down);
      expect(passed(down)).toBe(false);
      expect(t.warnings).toEqual([HIGH]);
      page.given.length = 0;
      t.resends[0]?.();
      expect(page.given).toEqual(['press Send']);
    }
  });

  it('holds the keys the open warning takes before it is drawn, with their release', () => {
    const t = setUp({ earlyKeys: true });
    const down = key('Escape', textarea('hello'));
    t.gestures.keydown(down);
    const up = keyUp(down);
    t.gestures.keyup(up);
    expect(passed(up)).toBe(false);
  });
});

describe('a plain Enter where no adapter knows the composer', () => {
  it('is held over a high-confidence secret before the composer’s habit is known', () => {
    const t = setUp();
    const low = key('Enter', textarea(`a ${LOW}`));
    t.gestures.keydown(low);
    expect(passed(low)).toBe(true);
    const high = key('Enter', textarea(`a ${HIGH}`));
    t.gestures.keydown(high);
    expect(passed(high)).toBe(false);
    expect(t.warnings).toEqual([`a ${HIGH}`]);
  });

  it.each([
    ['held over any secret once the composer was seen to send on Enter', true, LOW],
    [
      'let through, even over a secret, once the composer was seen to take it as a newline',
      false,
      HIGH,
    ],
  ])('is %s', (_, sends, secret) => {
    const t = setUp();
    const field = t.composerSeen(sends);
    field.value = `a ${secret}`;
    const next = key('Enter', field);
    t.gestures.keydown(next);
    expect(passed(next)).toBe(!sends);
    expect(t.warnings).toEqual(sends ? [`a ${secret}`] : []);
  });
});

describe('an Enter held before the guard was loaded', () => {
  it('is given back when clean, and its release is held', () => {
    const t = setUp();
    const down = key('Enter', textarea('hello'));
    t.gestures.decideHeldKey(down);
    expect(page.given).toEqual(['enter']);
    const up = keyUp(down);
    t.gestures.keyup(up);
    expect(passed(up)).toBe(false);
  });

  it('leaves the next press’s release alone when its own came before the guard', () => {
    const t = setUp();
    t.gestures.decideHeldKey(key('Enter', textarea('hello')), undefined, true);
    const next = key('Enter', textarea('hello'));
    t.gestures.keydown(next);
    const up = keyUp(next);
    t.gestures.keyup(up);
    expect(passed(up)).toBe(true);
  });

  it('is given back as a newline where the composer was seen to take Enter so', () => {
    const t = setUp();
    const field = t.composerSeen(false);
    field.value = `a ${HIGH}`;
    t.gestures.decideHeldKey(key('Enter', field));
    expect(t.warnings).toEqual([]);
    expect(page.given).toEqual(['enter']);
  });

  it('is warned about when the text holds a secret', () => {
    const t = setUp();
    t.gestures.decideHeldKey(key('Enter', textarea(`a ${HIGH}`)));
    expect(t.warnings).toEqual([`a ${HIGH}`]);
    expect(page.given).toEqual([]);
  });

  it('sends on as it was when it is a clean send key', () => {
    const t = setUp();
    t.gestures.decideHeldKey(key('Enter', textarea('hello'), { ctrlKey: true }));
    expect(page.given).toEqual(['resent key']);
  });

  it('teaches the composer’s habit from what the page does with it', () => {
    const t = setUp();
    page.takesEnter = true;
    t.gestures.decideHeldKey(key('Enter', textarea('hello there')));
    t.runTimers();
    const next = key('Enter', textarea(`a ${LOW}`));
    t.gestures.keydown(next);
    expect(passed(next)).toBe(false);
  });

  it('is given back with its modifiers in a field the guard does not watch', () => {
    const t = setUp();
    t.gestures.decideHeldKey(key('Enter', field('hello', false), { ctrlKey: true }));
    expect(page.given).toEqual(['ctrl+enter']);
  });
});

const pressEvents = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];

describe('a press on a send button', () => {
  it('is held from its start to its click, the warning opening once the button is released', () => {
    const t = setUp();
    const button = { name: 'Send', composer: textarea(HIGH) };
    const events = pressEvents.map((type) => mouse(type, button));
    for (const event of events.slice(0, 2)) t.gestures.press(event);
    t.runTimers();
    expect(t.warnings).toEqual([]);
    for (const event of events.slice(2)) t.gestures.press(event);
    t.runTimers();
    expect(events.map(passed)).toEqual([false, false, false, false, false]);
    expect(t.warnings).toEqual([HIGH]);
    // The press is over: the next one is decided afresh.
    const next = mouse('click', { name: 'Send', composer: textarea('hello') });
    t.gestures.press(next);
    expect(passed(next)).toBe(true);
  });

  it('opens the warning after a second when the release never comes', () => {
    const t = setUp();
    t.gestures.press(mouse('pointerdown', { name: 'Send', composer: textarea(HIGH) }));
    t.runTimers(0);
    expect(t.warnings).toEqual([]);
    t.runTimers(1000);
    expect(t.warnings).toEqual([HIGH]);
  });

  it('opens the warning on a release outside the button', () => {
    const t = setUp();
    t.gestures.press(mouse('pointerdown', { name: 'Send', composer: textarea(HIGH) }));
    t.releaseListeners[0]?.();
    t.runTimers();
    expect(t.warnings).toEqual([HIGH]);
  });

  it('lets a clean press, and a press with another mouse button, through', () => {
    const t = setUp();
    const clean = pressEvents.map((type) =>
      mouse(type, { name: 'Send', composer: textarea('hi') }),
    );
    const right = mouse('pointerdown', { name: 'Send', composer: textarea(HIGH) }, 2);
    for (const event of [...clean, right]) t.gestures.press(event);
    expect([...clean, right].every(passed)).toBe(true);
    expect(t.warnings).toEqual([]);
  });

  it('presses the button again for "send anyway"', () => {
    const t = setUp();
    t.gestures.press(mouse('click', { name: 'Send', composer: textarea(HIGH) }));
    expect(t.warnings).toEqual([HIGH]);
    t.resends[0]?.();
    expect(page.given).toEqual(['press Send']);
  });
});

describe('a press held before the guard was loaded', () => {
  it('is warned about, once released, when it would send a secret', () => {
    const t = setUp();
    const button = { name: 'Send', composer: textarea(HIGH) };
    t.gestures.decideHeldPress([mouse('pointerdown', button), mouse('mousedown', button)]);
    expect(t.warnings).toEqual([]);
    const rest = [mouse('mouseup', button), mouse('click', button)];
    for (const event of rest) t.gestures.press(event);
    t.runTimers();
    expect(rest.map(passed)).toEqual([false, false]);
    expect(t.warnings).toEqual([HIGH]);
    expect(page.given).toEqual([]);
  });

  it('is given back whole when clean', () => {
    const t = setUp();
    const button = { name: 'Send', composer: textarea('hello') };
    t.gestures.decideHeldPress(pressEvents.map((type) => mouse(type, button)));
    expect(page.given).toEqual(pressEvents.map((type) => `replay ${type}`));
  });

  it('is stopped when its click submits a form with a secret, and replayed for "send anyway"', () => {
    const t = setUp();
    const form = new FakeForm(textarea(HIGH));
    const click = new FakeMouse('click', undefined, 0, form) as unknown as MouseEvent;
    t.gestures.decideHeldPress([click]);
    expect(t.warnings).toEqual([HIGH]);
    expect(page.given).toEqual([]);
    t.resends[0]?.();
    expect(page.given).toEqual(['replay click']);
  });
});

describe('a form’s submit', () => {
  it('is held when the form’s composer holds a secret, and submitted again for "send anyway"', () => {
    const t = setUp();
    const event = submit(new FakeForm(textarea(HIGH)));
    t.gestures.submit(event);
    expect(passed(event)).toBe(false);
    expect(t.warnings).toEqual([HIGH]);
    t.resends[0]?.();
    expect(page.given).toEqual(['submit']);
  });

  it('held before the guard was loaded, is submitted again when clean and not when not', () => {
    const t = setUp();
    t.gestures.decideHeldSubmit(submit(new FakeForm(textarea('hello'))));
    expect(page.given).toEqual(['submit']);
    t.gestures.decideHeldSubmit(submit(new FakeForm(textarea(HIGH))));
    expect(page.given).toEqual(['submit']);
    expect(t.warnings).toEqual([HIGH]);
  });
});
