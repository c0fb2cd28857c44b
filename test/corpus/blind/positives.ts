// Assembles the positives: every credential kind in several contexts, private keys in the
// contexts a PEM block is pasted in, connection strings, passwords and generic secrets, and
// cases holding two or three secrets.
import { connectionUri, parameterConnectionString, SCHEMES } from './connection-uris.ts';
import { BLOCK_CONTEXTS } from './contexts-block.ts';
import { LINE_CONTEXTS as SHORT_CONTEXTS, type Context } from './contexts.ts';
import { LONG_CONTEXTS } from './contexts-long.ts';
import { toSecret, type TokenKind } from './kinds.ts';
import { MULTI_TEMPLATES } from './multi.ts';
import { keyKinds, puttyKinds } from './private-keys.ts';
import { AI_KINDS } from './providers-ai.ts';
import { CHAT_KINDS } from './providers-chat.ts';
import { CLOUD_KINDS } from './providers-cloud.ts';
import { DEV_KINDS } from './providers-dev.ts';
import { SAAS_KINDS } from './providers-saas.ts';
import { Rng } from './rng.ts';
import {
  frameworkSecret,
  namedGenericSecret,
  namedPassword,
  PASSWORD_TEMPLATES,
  randomPassword,
} from './secrets-config.ts';
import { TextBuilder, type BlindCase, type Secret } from './types.ts';

const LINE_CONTEXTS = [...SHORT_CONTEXTS, ...LONG_CONTEXTS];

export const TOKEN_KINDS: TokenKind[] = [
  ...DEV_KINDS,
  ...AI_KINDS,
  ...CLOUD_KINDS,
  ...CHAT_KINDS,
  ...SAAS_KINDS,
];

/** How many contexts each token kind is shown in. */
const PER_KIND = 10;
const PER_KEY_KIND = 8;
const PER_SCHEME = 6;

function fits(c: Context, s: Secret): boolean {
  if (!c.fits(s)) return false;
  if (s.contexts && !s.contexts.includes(c.id)) return false;
  // A value without a prefix is only a secret next to its name; these contexts may show it
  // bare (a Bearer header), so they take it only when a header names the key.
  if (s.named && (c.id === 'curl' || c.id === 'http-header')) return !s.bearer && !!s.header;
  return true;
}

function positive(id: string, category: string, template: string, b: TextBuilder): BlindCase {
  if (b.labels.length === 0) throw new Error(`positive ${id} has no label`);
  return { id, kind: 'positive', category, template, text: b.text(), labels: b.labels };
}

function render(id: string, c: Context, s: Secret, r: Rng): BlindCase {
  const b = new TextBuilder();
  c.render(b, s, r);
  return positive(id, s.provider, c.id, b);
}

export function positives(seed: number): BlindCase[] {
  const root = new Rng(seed).fork('positives');
  const out: BlindCase[] = [];

  for (const k of TOKEN_KINDS) {
    const r = root.fork(`kind:${k.kind}`);
    const probe = toSecret(k, r);
    const contexts = r.sample(
      LINE_CONTEXTS.filter((c) => fits(c, probe)),
      PER_KIND,
    );
    for (const c of contexts) out.push(render(`pos/${k.kind}/${c.id}`, c, toSecret(k, r), r));
  }

  for (const k of keyKinds(seed)) {
    const r = root.fork(`key:${k.kind}`);
    for (const c of r.sample(BLOCK_CONTEXTS, PER_KEY_KIND)) {
      const s: Secret = {
        value: k.make(r),
        provider: 'private-key',
        kind: k.kind,
        name: 'PRIVATE_KEY',
        named: false,
        bearer: false,
        multiline: true,
      };
      out.push(render(`pos/${k.kind}/${c.id}`, c, s, r));
    }
  }

  // PuTTY files are pasted whole; only their private lines are labelled, so they are shown in
  // the contexts that keep the file's text as it is.
  const raw = BLOCK_CONTEXTS.filter((c) =>
    ['chat', 'markdown-fence', 'shell-session'].includes(c.id),
  );
  for (const k of puttyKinds(seed)) {
    const r = root.fork(`key:${k.kind}`);
    for (const c of raw) {
      const { text, span } = k.make(r);
      const s: Secret = {
        value: text,
        provider: 'private-key',
        kind: k.kind,
        name: 'PRIVATE_KEY',
        named: false,
        bearer: false,
        multiline: true,
        spans: [span],
      };
      out.push(render(`pos/${k.kind}/${c.id}`, c, s, r));
    }
  }

  for (const scheme of SCHEMES) {
    const r = root.fork(`uri:${scheme.scheme}`);
    const probe = connectionUri(r, scheme);
    for (const c of r.sample(
      LINE_CONTEXTS.filter((c) => fits(c, probe)),
      PER_SCHEME,
    )) {
      out.push(render(`pos/uri-${scheme.scheme}/${c.id}`, c, connectionUri(r, scheme), r));
    }
  }

  const numbered = (prefix: string, n: number, make: (r: Rng) => Secret) => {
    const r = root.fork(prefix);
    for (let i = 0; i < n; i++) {
      const s = make(r);
      const c = r.pick(LINE_CONTEXTS.filter((c) => fits(c, s)));
      out.push(render(`pos/${prefix}/${i}`, c, s, r));
    }
  };
  numbered('connection-string-parameters', 30, parameterConnectionString);
  numbered('password-assignment', 140, namedPassword);
  numbered('secret-assignment', 110, namedGenericSecret);
  numbered('framework-secret', 30, frameworkSecret);

  PASSWORD_TEMPLATES.forEach((t, i) => {
    const r = root.fork(`password-template:${i}`);
    for (let j = 0; j < 5; j++) {
      const b = new TextBuilder();
      t.render(b, randomPassword(r), r);
      out.push(positive(`pos/password-${t.id}-${i}/${j}`, 'password', t.id, b));
    }
  });

  for (const t of MULTI_TEMPLATES) {
    const r = root.fork(`multi:${t.id}`);
    for (let j = 0; j < 6; j++) {
      const b = new TextBuilder();
      t.render(b, r, TOKEN_KINDS);
      out.push(positive(`pos/multi-${t.id}/${j}`, t.category, t.template, b));
    }
  }
  return out;
}
