import { browser, type Browser } from 'wxt/browser';
import { acceptedUserRules } from '@/detectors/user-rules';
import { messageSchema, type Message, type MessageType, type Replies } from '@/lib/message-schemas';
import { classifySender, type SenderKind } from '@/lib/messages';
import { clearDecisions, listDecisions, recordDecision } from '@/lib/history';
import { describeRules } from '@/lib/rule-info';
import { loadExactSettings, loadSettings } from '@/lib/settings/store';
import { listLinkSummaries, revoke, statusOf } from './links';
import { claimReceivedLink } from './received-links';
import { enforceRetention } from './retention';
import { shareOne, shareSecrets } from './share';
import { markTabGuarded } from './toolbar';
import { openWelcome } from './welcome';

interface HandlerContext {
  sender: SenderKind;
  tabId?: number;
  /** Host of the frame that sent the message, as the browser reports it. */
  site: string;
}

interface Route<T extends MessageType> {
  /** Which of our own contexts may send this message. */
  from: readonly SenderKind[];
  handle(message: Extract<Message, { type: T }>, context: HandlerContext): Promise<Replies[T]>;
}

const routes: { [T in MessageType]: Route<T> } = {
  'guard.ready': {
    from: ['content-script'],
    async handle(_message, { tabId }) {
      if (tabId !== undefined) await markTabGuarded(tabId);
      return { ok: true };
    },
  },
  'settings.guard': {
    // The content script carries no validator: the settings it acts on are checked here, and
    // stored custom rules the detectors now refuse are kept for the options page but left out.
    from: ['content-script'],
    async handle({ exact }) {
      const settings = await (exact ? loadExactSettings() : loadSettings());
      return {
        ok: true,
        settings: { ...settings, customRules: acceptedUserRules(settings.customRules) },
      };
    },
  },
  'rules.describe': {
    from: ['content-script', 'extension-page'],
    async handle({ ruleIds }) {
      return { ok: true, rules: describeRules(ruleIds) };
    },
  },
  'setup.open': {
    // The dialog's and the popup's way out when no server answers. Opens only our own page.
    from: ['content-script', 'extension-page'],
    handle: (_message, { sender, tabId }) => openWelcome(`${sender}:${tabId ?? ''}`),
  },
  'share.create': {
    from: ['content-script', 'extension-page'],
    handle: (message) => shareSecrets(message.secrets),
  },
  'share.createOne': {
    from: ['extension-page'],
    handle: ({ secret, expiresIn, views, passphrase }) =>
      shareOne(secret, { expiresIn, views, ...(passphrase ? { passphrase } : {}) }),
  },
  'links.list': { from: ['extension-page'], handle: () => listLinkSummaries() },
  'received.claim': {
    from: ['extension-page'],
    async handle({ token }) {
      const link = claimReceivedLink(token);
      return link === undefined ? { ok: true } : { ok: true, link };
    },
  },
  'links.status': { from: ['extension-page'], handle: ({ id }) => statusOf(id) },
  'links.revoke': { from: ['extension-page'], handle: ({ id }) => revoke(id) },
  'history.list': {
    from: ['extension-page'],
    async handle({ limit }) {
      return { ok: true, decisions: await listDecisions(limit) };
    },
  },
  'history.clear': {
    from: ['extension-page'],
    async handle() {
      await clearDecisions();
      return { ok: true };
    },
  },
  'history.record': {
    from: ['content-script'],
    async handle({ action, trigger, ruleIds }, { site }) {
      await recordDecision({ time: Date.now(), site, action, trigger, ruleIds });
      await enforceRetention().catch(() => 0);
      return { ok: true };
    },
  },
};

function siteOf(sender: Browser.runtime.MessageSender): string {
  const origin = (sender as { origin?: string }).origin;
  for (const candidate of [sender.url, origin, sender.tab?.url]) {
    try {
      const url = new URL(candidate ?? '');
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.host;
    } catch {
      // not a URL; try the next
    }
  }
  return 'unknown';
}

async function route(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const kind = classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
  const parsed = messageSchema.safeParse(raw);
  // Refusals say nothing about why: a probing page learns nothing from them.
  if (!kind || !parsed.success) throw new Error('Message refused');
  const message = parsed.data;
  const target = routes[message.type] as Route<typeof message.type>;
  if (!target.from.includes(kind)) throw new Error('Message refused');
  return target.handle(message, { sender: kind, tabId: sender.tab?.id, site: siteOf(sender) });
}

export function setUpMessageRouter(): void {
  browser.runtime.onMessage.addListener((raw, sender) => route(raw, sender));
}
