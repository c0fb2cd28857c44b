/** Structural checks for self-describing tokens: PyPI macaroons, JWTs, AWS key ids. */
import { decodeBase64 } from '../decode';

/**
 * PyPI API tokens are `pypi-` + base64url of a v2 macaroon: version byte 2, then the location
 * field (type 1) holding `pypi.org` or `test.pypi.org`, then the identifier field (type 2).
 * https://pypi.org/help/#apitoken
 */
export function isPypiMacaroon(token: string): boolean {
  const raw = decodeBase64(token.replace(/^pypi-/, '').slice(0, 64));
  if (!raw || raw.charCodeAt(0) !== 2 || raw.charCodeAt(1) !== 1) return false;
  const len = raw.charCodeAt(2);
  const location = raw.slice(3, 3 + len);
  return (location === 'pypi.org' || location === 'test.pypi.org') && raw.charCodeAt(3 + len) === 2;
}

function jsonObject(segment: string): Record<string, unknown> | undefined {
  const raw = decodeBase64(segment);
  if (raw === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A JWT whose header is a JSON object naming an `alg` and whose payload is a JSON object, and
 * which is not public by design: Supabase's anon key (`"role":"anon"`) goes into web pages.
 * https://supabase.com/docs/guides/api/api-keys
 */
export function isJwt(token: string): boolean {
  const [header, payload] = token.split('.');
  if (!header || !payload) return false;
  const h = jsonObject(header);
  const claims = jsonObject(payload);
  return typeof h?.alg === 'string' && claims !== undefined && claims.role !== 'anon';
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * The AWS account id encoded in an access key id (characters 5-20, base32; bits 1-40 of the
 * first six bytes). https://medium.com/@TalBeerySec/a-short-note-on-aws-key-id-f88cc4317489
 */
export function awsAccountId(keyId: string): string | undefined {
  if (!/^[A-Z]{4}[A-Z2-7]{16}$/.test(keyId)) return undefined;
  let value = 0n;
  for (const c of keyId.slice(4)) value = (value << 5n) | BigInt(BASE32.indexOf(c));
  // 16 chars = 80 bits; the first 48 bits are the six bytes that carry the account id.
  const first48 = value >> 32n;
  const account = (first48 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, '0');
}

/** Access key ids are base32 after a four-letter kind prefix. */
export function isAwsKeyId(keyId: string): boolean {
  return awsAccountId(keyId) !== undefined;
}
