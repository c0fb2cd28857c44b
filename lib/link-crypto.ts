/**
 * The one-time link, wire format v1 (see DESIGN.md, "The one-time link").
 *
 * - key: 32 random bytes; AES-256-GCM with a fresh 12-byte IV; UTF-8 plaintext; no AAD.
 * - payload: base64url(0x01 ‖ iv ‖ ciphertext ‖ 16-byte tag), unpadded.
 * - passphrase: AES key = HKDF-SHA-256(ikm = link key ‖ PBKDF2-SHA-256(passphrase, salt, 600,000
 *   iterations, 32 bytes), salt = UTF-8 "keywarden-link-v1", info = UTF-8 "keywarden passphrase
 *   key"), where salt is 16 random bytes stored (base64url) beside the payload on the server.
 * - link: `<server>/s#<id>.<base64url key>`.
 *
 * WebCrypto only (globalThis.crypto.subtle), so the same module runs in Node 20, the extension and
 * the viewer page. Errors never carry the key, the passphrase, the payload or the plaintext.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Encodes bytes as unpadded base64url (RFC 4648 §5). Works the same in Node and browsers. */
export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out +=
      ALPHABET.charAt(n >>> 18) +
      ALPHABET.charAt((n >>> 12) & 63) +
      ALPHABET.charAt((n >>> 6) & 63) +
      ALPHABET.charAt(n & 63);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out += ALPHABET.charAt(n >>> 18) + ALPHABET.charAt((n >>> 12) & 63);
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out +=
      ALPHABET.charAt(n >>> 18) +
      ALPHABET.charAt((n >>> 12) & 63) +
      ALPHABET.charAt((n >>> 6) & 63);
  }
  return out;
}

/**
 * Decodes unpadded base64url; returns null on any character outside the alphabet, a length that
 * cannot come from the encoder, or non-zero trailing bits (so every byte string has exactly one
 * accepted encoding).
 */
export function fromBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? (LOOKUP[c] ?? -1) : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

export const FORMAT_VERSION = 1;
export const KEY_BYTES = 32;
export const IV_BYTES = 12;
export const SALT_BYTES = 16;
export const PBKDF2_ITERATIONS = 600_000;
export const HKDF_SALT = 'keywarden-link-v1';
export const HKDF_INFO = 'keywarden passphrase key';
const TAG_BYTES = 16;
/** Bytes a v1 payload adds around the UTF-8 plaintext: version, IV and GCM tag. */
export const PAYLOAD_OVERHEAD = 1 + IV_BYTES + TAG_BYTES;

/** Why an operation failed; stable codes a UI can switch on. */
export type LinkCryptoErrorCode =
  | 'invalid-key'
  | 'invalid-payload'
  | 'unsupported-version'
  | 'passphrase-required'
  | 'decrypt-failed'
  | 'invalid-link';

/** The only error this module throws on bad input; its message never contains secret material. */
export class LinkCryptoError extends Error {
  readonly code: LinkCryptoErrorCode;
  constructor(code: LinkCryptoErrorCode, message: string) {
    super(message);
    this.name = 'LinkCryptoError';
    this.code = code;
  }
}

/** What `createSecret` returns: the payload for the server, the key for the link fragment. */
export interface CreatedSecret {
  payload: string;
  key: string;
  /** Present when a passphrase was used; the server stores it beside the payload. */
  passphraseSalt?: string;
}

const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  // WebCrypto is only exposed in secure contexts (https or localhost).
  if (!s) throw new Error('WebCrypto is not available here (the page must be served over https)');
  return s;
}

function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

function decodeKey(key: string): Uint8Array<ArrayBuffer> {
  const raw = fromBase64url(key);
  if (!raw || raw.length !== KEY_BYTES) {
    throw new LinkCryptoError('invalid-key', 'The link key is malformed (expected 32 bytes).');
  }
  return raw as Uint8Array<ArrayBuffer>;
}

async function aesKey(
  linkKey: Uint8Array<ArrayBuffer>,
  passphrase: string | undefined,
  salt: Uint8Array<ArrayBuffer> | undefined,
  usage: KeyUsage,
): Promise<CryptoKey> {
  const s = subtle();
  if (passphrase === undefined || salt === undefined) {
    return s.importKey('raw', linkKey, 'AES-GCM', false, [usage]);
  }
  const pbkdf2Key = await s.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const stretched = new Uint8Array(
    await s.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS },
      pbkdf2Key,
      256,
    ),
  );
  const ikm = new Uint8Array(linkKey.length + stretched.length);
  ikm.set(linkKey, 0);
  ikm.set(stretched, linkKey.length);
  const hkdfKey = await s.importKey('raw', ikm, 'HKDF', false, ['deriveKey']);
  return s.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: encoder.encode(HKDF_SALT),
      info: encoder.encode(HKDF_INFO),
    },
    hkdfKey,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/**
 * Encrypts with caller-chosen key, IV and salt. Exists only so tests can pin fixed vectors;
 * production code must use `createSecret`, which draws them at random.
 * @internal
 */
export async function sealWithParams(
  plaintext: string,
  params: { key: Uint8Array; iv: Uint8Array; passphrase?: string; salt?: Uint8Array },
): Promise<CreatedSecret> {
  if (params.key.length !== KEY_BYTES || params.iv.length !== IV_BYTES) {
    throw new LinkCryptoError('invalid-key', 'Key must be 32 bytes and IV 12 bytes.');
  }
  const withPassphrase = params.passphrase !== undefined;
  if (withPassphrase && params.salt?.length !== SALT_BYTES) {
    throw new LinkCryptoError('invalid-key', 'Passphrase salt must be 16 bytes.');
  }
  const key = new Uint8Array(params.key);
  const iv = new Uint8Array(params.iv);
  const salt = withPassphrase && params.salt ? new Uint8Array(params.salt) : undefined;
  const cryptoKey = await aesKey(key, params.passphrase, salt, 'encrypt');
  const sealed = new Uint8Array(
    await subtle().encrypt({ name: 'AES-GCM', iv }, cryptoKey, encoder.encode(plaintext)),
  );
  const out = new Uint8Array(1 + IV_BYTES + sealed.length);
  out[0] = FORMAT_VERSION;
  out.set(iv, 1);
  out.set(sealed, 1 + IV_BYTES);
  const result: CreatedSecret = { payload: toBase64url(out), key: toBase64url(key) };
  if (salt) result.passphraseSalt = toBase64url(salt);
  return result;
}

/**
 * Encrypts `plaintext` under a fresh random key and IV (and, with a passphrase, a fresh salt).
 * The payload goes to the server; the key goes only into the link fragment.
 */
export async function createSecret(
  plaintext: string,
  options: { passphrase?: string } = {},
): Promise<CreatedSecret> {
  if (options.passphrase === '') {
    throw new LinkCryptoError('passphrase-required', 'The passphrase must not be empty.');
  }
  return sealWithParams(plaintext, {
    key: randomBytes(KEY_BYTES),
    iv: randomBytes(IV_BYTES),
    ...(options.passphrase === undefined
      ? {}
      : { passphrase: options.passphrase, salt: randomBytes(SALT_BYTES) }),
  });
}

/**
 * Decrypts a v1 payload. With a passphrase-protected secret, pass the passphrase and the salt the
 * server returned. Throws `LinkCryptoError` ('decrypt-failed' for a wrong key, a wrong passphrase or
 * altered data — GCM cannot tell them apart).
 */
export async function openSecret(
  payload: string,
  key: string,
  options: { passphrase?: string; salt?: string } = {},
): Promise<string> {
  const linkKey = decodeKey(key);
  const raw = fromBase64url(payload);
  if (!raw || raw.length < PAYLOAD_OVERHEAD) {
    throw new LinkCryptoError('invalid-payload', 'The encrypted data is malformed.');
  }
  if (raw[0] !== FORMAT_VERSION) {
    throw new LinkCryptoError(
      'unsupported-version',
      'The encrypted data uses an unknown format version.',
    );
  }
  let salt: Uint8Array<ArrayBuffer> | undefined;
  if (options.salt !== undefined) {
    const decoded = fromBase64url(options.salt);
    if (!decoded || decoded.length !== SALT_BYTES) {
      throw new LinkCryptoError('invalid-payload', 'The passphrase salt is malformed.');
    }
    salt = decoded as Uint8Array<ArrayBuffer>;
    if (options.passphrase === undefined || options.passphrase === '') {
      throw new LinkCryptoError('passphrase-required', 'This secret needs a passphrase.');
    }
  }
  const cryptoKey = await aesKey(linkKey, salt ? options.passphrase : undefined, salt, 'decrypt');
  const iv = raw.slice(1, 1 + IV_BYTES);
  const sealed = raw.slice(1 + IV_BYTES);
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt({ name: 'AES-GCM', iv }, cryptoKey, sealed);
  } catch {
    throw new LinkCryptoError(
      'decrypt-failed',
      salt
        ? 'Could not decrypt: the passphrase is wrong (or the link was altered).'
        : 'Could not decrypt: the link key is wrong or the data was altered.',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new LinkCryptoError('invalid-payload', 'The decrypted data is not valid UTF-8.');
  }
}

const ID_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;
const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Builds `<server>/s#<id>.<key>`; `server` is the public base URL (a path prefix is kept). */
export function buildLink(server: string, id: string, key: string): string {
  if (!ID_PATTERN.test(id) || !KEY_PATTERN.test(key)) {
    throw new LinkCryptoError('invalid-link', 'Cannot build a link from a malformed id or key.');
  }
  let base: URL;
  try {
    base = new URL(server);
  } catch {
    throw new LinkCryptoError('invalid-link', 'The server address is not a valid URL.');
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new LinkCryptoError('invalid-link', 'The server address must use http or https.');
  }
  const path = base.pathname.replace(/\/+$/, '');
  return `${base.origin}${path}/s#${id}.${key}`;
}

/** Reads `<id>.<key>` from a URL fragment (with or without the leading '#'); null if malformed. */
export function parseFragment(hash: string): { id: string; key: string } | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.length > 200) return null;
  const dot = text.indexOf('.');
  if (dot < 0) return null;
  const id = text.slice(0, dot);
  const key = text.slice(dot + 1);
  if (!ID_PATTERN.test(id) || !KEY_PATTERN.test(key) || !fromBase64url(key)) return null;
  return { id, key };
}

/** Splits a full link into server base URL, id and key; throws `LinkCryptoError` if malformed. */
export function parseLink(link: string): { server: string; id: string; key: string } {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new LinkCryptoError('invalid-link', 'This is not a valid link.');
  }
  const parts = parseFragment(url.hash);
  if (!parts || !url.pathname.endsWith('/s') || !/^https?:$/.test(url.protocol)) {
    throw new LinkCryptoError('invalid-link', 'This is not a one-time secret link.');
  }
  return { server: url.origin + url.pathname.slice(0, -2), ...parts };
}
