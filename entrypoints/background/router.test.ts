import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Message, MessageType } from '@/lib/message-schemas';
import { setUpMessageRouter } from './router';

// Every handler the router can reach, replaced: these tests are about who gets through the gate,
// and a call recorded here is a handler that ran.
const { reached, stub } = vi.hoisted(() => {
  const reached = { calls: [] as string[] };
  const stub =
    (name: string, reply: unknown = { ok: true }) =>
    async () => {
      reached.calls.push(name);
      return reply;
    };
  return { reached, stub };
});
vi.mock('./links', () => ({
  listLinkSummaries: stub('listLinkSummaries'),
  revoke: stub('revoke'),
  statusOf: stub('statusOf'),
}));
vi.mock('./received-links', () => ({
  claimReceivedLink: () => void reached.calls.push('claimReceivedLink'),
}));
vi.mock('./retention', () => ({ enforceRetention: stub('enforceRetention', 0) }));
vi.mock('./share', () => ({ shareOne: stub('shareOne'), shareSecrets: stub('shareSecrets') }));
vi.mock('./toolbar', () => ({ markTabGuarded: stub('markTabGuarded') }));
vi.mock('./welcome', () => ({ openWelcome: stub('openWelcome') }));
vi.mock('@/lib/history', () => ({
  clearDecisions: stub('clearDecisions'),
  listDecisions: stub('listDecisions', []),
  recordDecision: stub('recordDecision'),
}));
vi.mock('@/lib/rule-info', () => ({
  describeRules: () => (reached.calls.push('describeRules'), []),
}));
vi.mock('@/lib/settings/store', () => ({
  loadSettings: stub('loadSettings', { customRules: [] }),
  loadExactSettings: stub('loadExactSettings', { customRules: [] }),
}));

/** One valid message of every type: a type added to the schemas fails to compile here. */
const MESSAGES: { [T in MessageType]: Extract<Message, { type: T }> } = {
  'guard.ready': { type: 'guard.ready' },
  'settings.guard': { type: 'settings.guard' },
  'rules.describe': { type: 'rules.describe', ruleIds: ['github-pat'] },
  'setup.open': { type: 'setup.open' },
  'share.create': { type: 'share.create', secrets: ['s'] },
  'share.createOne': { type: 'share.createOne', secret: 's', expiresIn: 3600, views: 1 },
  'links.list': { type: 'links.list' },
  'received.claim': { type: 'received.claim', token: 'A'.repeat(22) },
  'links.status': { type: 'links.status', id: 'abc' },
  'links.revoke': { type: 'links.revoke', id: 'abc' },
  'history.list': { type: 'history.list' },
  'history.clear': { type: 'history.clear' },
  'history.record': {
    type: 'history.record',
    action: 'cancelled',
    trigger: 'paste',
    ruleIds: ['github-pat'],
  },
};

/**
 * The security table, written out: what a content script (which lives in pages we do not trust)
 * may ask of the background. Everything else is for the extension's own pages only, and the
 * pages may not pose as a guard.
 */
const CONTENT_SCRIPT_MAY = new Set<MessageType>([
  'guard.ready',
  'settings.guard',
  'rules.describe',
  'setup.open',
  'share.create',
  'history.record',
]);
const EXTENSION_PAGE_MAY_NOT = new Set<MessageType>([
  'guard.ready',
  'settings.guard',
  'history.record',
]);

const EXTENSION_ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}/`;
const SENDERS = {
  'content-script': {
    id: fakeBrowser.runtime.id,
    url: 'https://chat.example.com/room',
    tab: { id: 7 },
  },
  'extension-page': { id: fakeBrowser.runtime.id, url: `${EXTENSION_ORIGIN}popup.html` },
};

/** The router replies by the promise its listener returns, so `sendResponse` stays unused. */
async function send(message: unknown, sender: object): Promise<unknown> {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return reply;
}

beforeAll(() => setUpMessageRouter());
beforeEach(() => {
  reached.calls = [];
});

const types = Object.keys(MESSAGES) as MessageType[];

describe.each(Object.entries(SENDERS))('from a %s', (kind, sender) => {
  const allowed = (type: MessageType) =>
    kind === 'content-script' ? CONTENT_SCRIPT_MAY.has(type) : !EXTENSION_PAGE_MAY_NOT.has(type);

  test.each(types.filter(allowed))('%s reaches its handler', async (type) => {
    await expect(send(MESSAGES[type], sender)).resolves.toMatchObject({ ok: true });
    expect(reached.calls.length).toBeGreaterThan(0);
  });

  test.each(types.filter((type) => !allowed(type)))('%s is refused unheard', async (type) => {
    await expect(send(MESSAGES[type], sender)).rejects.toThrow('Message refused');
    expect(reached.calls).toEqual([]);
  });
});

describe('senders that are not ours are refused, whatever they send', () => {
  const strangers = {
    'another extension': { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' },
    'our id without a tab or our origin': { id: fakeBrowser.runtime.id, url: 'https://x.test/' },
    'another extension posing as our page': {
      id: 'someone-else',
      url: `${EXTENSION_ORIGIN}popup.html`,
      tab: { id: 7 },
    },
  };
  test.each(Object.entries(strangers))('%s', async (_name, sender) => {
    for (const type of types) {
      await expect(send(MESSAGES[type], sender)).rejects.toThrow('Message refused');
    }
    expect(reached.calls).toEqual([]);
  });
});

test('a message with an extra field or a wrong shape is refused before any handler', async () => {
  const page = SENDERS['extension-page'];
  await expect(send({ ...MESSAGES['links.list'], extra: 1 }, page)).rejects.toThrow('refused');
  await expect(send({ type: 'links.status', id: '../x' }, page)).rejects.toThrow('refused');
  await expect(send({ type: 'no.such' }, page)).rejects.toThrow('refused');
  expect(reached.calls).toEqual([]);
});
