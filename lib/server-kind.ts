/**
 * What answers at a link server's address: a Keywarden server, a PrivateBin instance, or nothing
 * we know. Asked of the server itself, so a URL set by policy, import or sync is told apart just
 * like one typed in. Only reads: no probe creates, reads or burns anything.
 */

import { serverBase, timeLimited } from './share-client';

export type ServerKind = 'keywarden' | 'privatebin' | 'unknown';

export interface ServerProbe {
  kind: ServerKind;
  /** Whether anything answered at all: `unknown` then means "something else", not "nothing". */
  answered: boolean;
  /** The version a Keywarden server reports. */
  version?: string;
}

export interface ProbeOptions {
  fetch?: (input: string, init?: RequestInit) => Promise<Response>;
  /** The caller's own cancel, besides the probe's time limit. */
  signal?: AbortSignal;
  /** For the whole probe, every request together: a server that hangs is soon "nothing". */
  timeoutMs?: number;
}

interface Probing {
  fetch: NonNullable<ProbeOptions['fetch']>;
  signal: AbortSignal;
  answered: boolean;
}

/** Health answers and PrivateBin's JSON-LD are small; its page is ~30 KB. */
const MAX_ANSWER_CHARS = 256 * 1024;

async function getText(url: string, probing: Probing): Promise<string | undefined> {
  const { fetch, signal } = probing;
  if (signal.aborted) return undefined;
  try {
    const response = await fetch(url, { credentials: 'omit', cache: 'no-store', signal });
    probing.answered = true;
    if (!response.ok && response.status !== 503) return undefined;
    if (Number(response.headers.get('Content-Length') ?? 0) > MAX_ANSWER_CHARS) return undefined;
    const text = await response.text();
    return text.length > MAX_ANSWER_CHARS ? undefined : text;
  } catch {
    return undefined;
  }
}

function parsed(text: string | undefined): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '');
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** server/routes/health.ts: `{status: 'ok' | 'unavailable', store, version}`. */
async function keywarden(
  base: string,
  options: Probing,
): Promise<Omit<ServerProbe, 'answered'> | undefined> {
  // `/api/health` answers any origin; `/healthz` (servers before it) only once the origin is granted.
  for (const path of ['/api/health', '/healthz']) {
    const body = parsed(await getText(base + path, options));
    if (!body || !['ok', 'unavailable'].includes(body.status as string)) continue;
    if (typeof body.store !== 'string') continue;
    const version = typeof body.version === 'string' ? body.version.slice(0, 32) : undefined;
    return version ? { kind: 'keywarden', version } : { kind: 'keywarden' };
  }
  return undefined;
}

/**
 * PrivateBin serves its JSON-LD context with `Access-Control-Allow-Origin: *` at `?jsonld=paste`,
 * its `pb` prefix pointing at `?jsonld=types#` (lib/Controller.php `_jsonld`, 1.x and 2.x); the
 * page itself names PrivateBin, for a proxy that drops the query.
 */
async function privatebin(base: string, options: Probing): Promise<boolean> {
  const context = parsed(await getText(`${base}/?jsonld=paste`, options))?.['@context'];
  const pb = (context as Record<string, unknown> | undefined)?.pb;
  if (typeof pb === 'string' && pb.endsWith('?jsonld=types#')) return true;
  return /\bPrivateBin\b/.test((await getText(`${base}/`, options)) ?? '');
}

/** Asks the server at `url` what it is; anything unexpected or unreachable is `unknown`. */
export async function probeServer(url: string, options: ProbeOptions = {}): Promise<ServerProbe> {
  const base = serverBase(url);
  if (base === undefined) return { kind: 'unknown', answered: false };
  const probing: Probing = {
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    signal: timeLimited(options.signal, options.timeoutMs ?? 8000),
    answered: false,
  };
  const found = await keywarden(base, probing);
  if (found) return { ...found, answered: true };
  const kind = (await privatebin(base, probing)) ? 'privatebin' : 'unknown';
  return { kind, answered: probing.answered };
}

/** The kind of link server at `url`. */
export async function detectServerKind(url: string, options?: ProbeOptions): Promise<ServerKind> {
  return (await probeServer(url, options)).kind;
}
