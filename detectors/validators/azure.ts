/**
 * Azure identifiable keys and Entra ID client secrets carry a Marvin32 checksum.
 * https://github.com/microsoft/security-utilities (IdentifiableMetadata.cs)
 */
import { decodeBase64 } from '../decode';
import { marvin32 } from './marvin';

/** Seeds are eight ASCII characters read as a big-endian integer ("Default0" for storage). */
export function seedFromName(name: string): bigint {
  let seed = 0n;
  for (let i = 0; i < 8; i++) seed = (seed << 8n) | BigInt(name.charCodeAt(i) & 0xff);
  return seed;
}

export const AZURE_STORAGE_SEED = seedFromName('Default0');
export const ENTRA_CLIENT_SECRET_SEED = seedFromName('AadPwd00');
export const ENTRA_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890.-_~';

function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** Most-significant-digit-first encoding in a custom alphabet, no padding. */
export function encodeCustom(value: number, alphabet: string): string {
  const base = alphabet.length;
  let rest = value >>> 0;
  let out = '';
  do {
    out = alphabet[rest % base] + out;
    rest = Math.floor(rest / base);
  } while (rest > 0);
  return out;
}

/**
 * An identifiable base64 key: its last four bytes are the little-endian Marvin32 of the rest,
 * and the four characters before the last six (padding trimmed) are the service signature.
 */
export function isIdentifiableBase64Key(key: string, seed: bigint, signature: string): boolean {
  const trimmed = key.replace(/=+$/, '');
  if (trimmed.slice(trimmed.length - 10, trimmed.length - 6) !== signature) return false;
  const decoded = decodeBase64(key);
  if (decoded === undefined || decoded.length < 8) return false;
  const bytes = latin1Bytes(decoded);
  const n = bytes.length;
  const stored =
    ((bytes[n - 4] as number) |
      ((bytes[n - 3] as number) << 8) |
      ((bytes[n - 2] as number) << 16) |
      ((bytes[n - 1] as number) << 24)) >>>
    0;
  return marvin32(bytes.subarray(0, n - 4), seed) === stored;
}

/**
 * Entra ID (Azure AD) client secret, current format: 3 chars, `8Q~`, 34 chars, of which the
 * last 3 are the first 3 characters of the Marvin32 of the rest in ENTRA_ALPHABET. The legacy
 * `7Q~` format has no checksum.
 */
export function isEntraClientSecret(secret: string): boolean {
  const signature = secret.slice(3, 6);
  if (signature === '7Q~') return true;
  if (signature !== '8Q~' || secret.length !== 40) return false;
  const checksum = marvin32(latin1Bytes(secret.slice(0, -3)), ENTRA_CLIENT_SECRET_SEED);
  return encodeCustom(checksum, ENTRA_ALPHABET).slice(0, 3) === secret.slice(-3);
}
