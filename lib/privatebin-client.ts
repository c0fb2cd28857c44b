/**
 * PrivateBin (2.x) as a link server. Pastes are sealed here exactly as PrivateBin's own client
 * seals them (`CryptTool.cipher` in its `js/privatebin.js`, format v2), so that its own page opens
 * our links: https://github.com/PrivateBin/PrivateBin/wiki/Encryption-format
 */
import { base58 } from '@scure/base';
import { z } from 'zod';
import {
  apiBase,
  call,
  readStreamBounded,
  serverWords,
  ShareError,
  type CreatedLink,
  type CreateLinkOptions,
  type ManageOptions,
  type ServerOptions,
} from './share-client';

const ITERATIONS = 100_000;
// PrivateBin's own answer when a paste is missing, expired or burnt.
export const GONE = 'Document does not exist, has expired or has been deleted.';
// A CORS "simple" request: PrivateBin answers its JSON API with `Access-Control-Allow-Origin: *`
// but has no answer to a preflight, which `X-Requested-With` or a JSON content type would cause.
// It reads the body as JSON whatever its type, and takes `Accept` as the sign of an API call.
// English answers, so that `GONE` can be recognised whatever the browser's language.
export const privateBinHeaders = {
  Accept: 'application/json',
  'Content-Type': 'text/plain;charset=UTF-8',
  'Accept-Language': 'en',
};

/** [iv, salt, iterations, key bits, tag bits, algorithm, mode, compression]: PrivateBin's spec. */
export type CipherSpec = [string, string, number, number, number, 'aes', 'gcm', 'none' | 'zlib'];
/** [spec, formatter, open discussion, burn after reading]: authenticated, sent in clear. */
export type PasteAdata = [CipherSpec, string, 0 | 1, 0 | 1];

const expireSchema = z.object({
  Expiration: z.object({ '@enum': z.array(z.string().max(32)).min(1).max(50) }),
});
const createdSchema = z.object({
  status: z.literal(0),
  id: z.string().regex(/^[a-f0-9]{16}$/),
  deletetoken: z.string().regex(/^[a-f0-9]{16,128}$/),
});
const replySchema = z.object({ status: z.int(), message: z.string().max(500).optional() });

/** An expire option's name, e.g. `5min`, `1week`: PrivateBin's defaults, which admins keep. */
const UNIT_SECONDS: Record<string, number> = {
  min: 60,
  hour: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_592_000,
  year: 31_536_000,
};

/** Seconds an expire option lasts, or undefined for `never` and names that are not durations. */
export function expireSeconds(name: string): number | undefined {
  const match = /^(\d{1,4})(min|hour|day|week|month|year)$/.exec(name);
  return match ? Number(match[1]) * (UNIT_SECONDS[match[2] as string] as number) : undefined;
}

/**
 * The instance's expire option closest to `seconds` without exceeding it, or its shortest when
 * all are longer: a secret should not outlive what the user chose. `never` is never picked.
 */
export function pickExpire(options: readonly string[], seconds: number): string | undefined {
  const timed = options
    .map((name) => ({ name, s: expireSeconds(name) }))
    .filter((o): o is { name: string; s: number } => o.s !== undefined)
    .sort((a, b) => a.s - b.s);
  return (timed.filter((o) => o.s <= seconds).pop() ?? timed[0])?.name;
}

/**
 * The instance's expire options, read from its JSON-LD types (served with CORS to anyone), or
 * undefined when the server is not PrivateBin.
 */
export async function privateBinExpireOptions(
  options: ServerOptions,
): Promise<string[] | undefined> {
  const { status, body } = await call(options, '/?jsonld=types', { method: 'GET' });
  if (status !== 200) return undefined;
  const parsed = expireSchema.safeParse(body);
  return parsed.success ? parsed.data.Expiration['@enum'] : undefined;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/**
 * PrivateBin turns the password into bytes with `charCodeAt(0)` per character, truncated to 8
 * bits (its `stringToArraybuffer`). Its page derives the key that way, so we must too.
 */
function passwordBytes(password: string): Uint8Array {
  return Uint8Array.from(password, (c) => c.charCodeAt(0));
}

async function aesKey(key: Uint8Array, password: string, spec: CipherSpec): Promise<CryptoKey> {
  const pass = passwordBytes(password);
  const material = new Uint8Array(key.length + pass.length);
  material.set(key);
  material.set(pass, key.length);
  const base = await crypto.subtle.importKey('raw', material, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt: fromBase64(spec[1]), iterations: spec[2], hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: spec[3] },
    false,
    ['encrypt', 'decrypt'],
  );
}

const gcm = (spec: CipherSpec, adata: unknown) => ({
  name: 'AES-GCM',
  iv: fromBase64(spec[0]),
  additionalData: new TextEncoder().encode(JSON.stringify(adata)),
  tagLength: spec[4],
});

/**
 * Seals `text` as a burn-after-reading paste: the request body's `ct` and `adata`. `as` lets
 * tests seal what PrivateBin's own page sends (raw-deflated, or not burning) to check the reader.
 */
export async function sealPaste(
  text: string,
  key: Uint8Array,
  password = '',
  as: { compress?: (bytes: Uint8Array) => Uint8Array; burnAfterReading?: 0 | 1 } = {},
): Promise<{ ct: string; adata: PasteAdata }> {
  const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
  const spec: CipherSpec = [
    toBase64(random(16)),
    toBase64(random(8)),
    ITERATIONS,
    256,
    128,
    'aes',
    'gcm',
    as.compress ? 'zlib' : 'none',
  ];
  const adata: PasteAdata = [spec, 'plaintext', 0, as.burnAfterReading ?? 1];
  const plain = new TextEncoder().encode(JSON.stringify({ paste: text }));
  const sealed = await crypto.subtle.encrypt(
    gcm(spec, adata),
    await aesKey(key, password, spec),
    as.compress ? new Uint8Array(as.compress(plain)) : plain,
  );
  return { ct: toBase64(new Uint8Array(sealed)), adata };
}

/** What an opened paste holds: its text, and the files PrivateBin's page attached to it. */
export interface OpenedPaste {
  text: string;
  files: { name: string; dataUrl: string }[];
}

// A paste's message: PrivateBin 2.x attaches one file, or several as parallel arrays.
const messageSchema = z.object({
  paste: z.string(),
  attachment: z.union([z.string(), z.array(z.string())]).optional(),
  attachment_name: z.union([z.string(), z.array(z.string().max(1000))]).optional(),
});
// PrivateBin's own size limit is 10 MB; a message that inflates far beyond it is a bomb.
const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

/** Raw deflate, as PrivateBin's zlib build writes it (`NO_ZLIB_HEADER` in its `js/zlib.js`). */
async function inflateRaw(data: ArrayBuffer): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const bytes = await readStreamBounded(stream, MAX_MESSAGE_BYTES);
  if (!bytes) throw new Error('The paste inflates beyond any PrivateBin size limit.');
  return bytes;
}

const asList = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Opens a v2 paste (`ct`, `adata` as the JSON API returns them), uncompressed or compressed as
 * PrivateBin's own page compresses by default. Throws if the key or password is wrong, or the
 * paste was altered: GCM authenticates the ciphertext and the `adata` alike.
 */
export async function openPaste(
  paste: { ct: string; adata: PasteAdata },
  key: Uint8Array,
  password = '',
): Promise<OpenedPaste> {
  const spec = paste.adata[0];
  if (spec[5] !== 'aes' || spec[6] !== 'gcm' || (spec[7] !== 'none' && spec[7] !== 'zlib')) {
    throw new Error('Unsupported PrivateBin paste format.');
  }
  const plain = await crypto.subtle.decrypt(
    gcm(spec, paste.adata),
    await aesKey(key, password, spec),
    fromBase64(paste.ct),
  );
  const bytes = spec[7] === 'zlib' ? await inflateRaw(plain) : new Uint8Array(plain);
  const message = messageSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  const names = asList(message.attachment_name);
  const files = asList(message.attachment).map((dataUrl, i) => ({
    name: names[i] ?? `attachment-${i + 1}`,
    dataUrl,
  }));
  return { text: message.paste, files };
}

/** The `#-` link: PrivateBin's page asks before opening it, so a link preview burns nothing. */
export function privateBinLink(base: string, id: string, key: Uint8Array): string {
  return `${base}/?${id}#-${base58.encode(key)}`;
}

/** Reads a PrivateBin link back into base URL, paste id and key; undefined if it is not one. */
export function parsePrivateBinLink(
  link: string,
): { base: string; id: string; key: Uint8Array } | undefined {
  const match = /^(https?:\/\/[^?#]+?)\/?\?([a-f0-9]{16})#-?([1-9A-HJ-NP-Za-km-z]{1,64})$/.exec(
    link,
  );
  if (!match) return undefined;
  try {
    const raw = base58.decode(match[3] as string);
    // base58 drops leading zero bytes; PrivateBin pads them back (`padStart(32, '\0')`).
    const key = new Uint8Array(Math.max(32, raw.length));
    key.set(raw, key.length - raw.length);
    return { base: match[1] as string, id: match[2] as string, key };
  } catch {
    return undefined;
  }
}

function refused(message: unknown, status: number): ShareError {
  const detail = typeof message === 'string' ? serverWords(message) : undefined;
  return new ShareError('refused', status, detail);
}

/**
 * Encrypts `secret` here and stores it on a PrivateBin instance as a burn-after-reading paste.
 * The delete token stands in for the manage token. Views other than 1 are refused: PrivateBin
 * burns a paste on its first read.
 */
export async function createPrivateBinLink(
  secret: string,
  options: CreateLinkOptions & { expireOptions?: readonly string[] },
): Promise<CreatedLink> {
  if ((options.views ?? 1) !== 1) {
    throw new ShareError('one-view-only');
  }
  const base = apiBase(options);
  const choices = options.expireOptions ?? (await privateBinExpireOptions(options)) ?? [];
  const expire = pickExpire(choices, options.expiresIn ?? 86_400);
  if (!expire) throw new ShareError('no-expiry');
  const key = crypto.getRandomValues(new Uint8Array(32));
  const { ct, adata } = await sealPaste(secret, key, options.passphrase);
  const { status, body } = await call(options, '/', {
    method: 'POST',
    headers: privateBinHeaders,
    body: JSON.stringify({ v: 2, adata, ct, meta: { expire } }),
  });
  const created = createdSchema.safeParse(body);
  if (status !== 200 || !created.success) {
    const reply = replySchema.safeParse(body);
    if (status === 200 && reply.success && reply.data.status === 1) {
      throw refused(reply.data.message, status);
    }
    throw new ShareError('malformed', status);
  }
  const { id, deletetoken } = created.data;
  const seconds = expireSeconds(expire) as number;
  return {
    url: privateBinLink(base, id, key),
    id,
    manageToken: deletetoken,
    expiresAt: new Date(Date.now() + seconds * 1000).toISOString(),
  };
}

/** Deletes a paste with its delete token: true when deleted now, false when it was already gone. */
export async function revokePrivateBinLink(options: ManageOptions): Promise<boolean> {
  const { status, body } = await call(options, '/', {
    method: 'POST',
    headers: privateBinHeaders,
    body: JSON.stringify({ pasteid: options.id, deletetoken: options.manageToken }),
  });
  const reply = replySchema.safeParse(body);
  if (status !== 200 || !reply.success) {
    throw new ShareError('malformed', status);
  }
  if (reply.data.status === 0) return true;
  if (reply.data.message === GONE) return false;
  throw new ShareError('not-deleted', status);
}
