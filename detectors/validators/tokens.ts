/**
 * CRC32-based checksums embedded in token formats, so look-alikes with a wrong checksum are
 * dropped.
 */
import { crc32, toBase36, toBase62, toHex } from './checksum';

/**
 * GitHub classic (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm (`npm_`) tokens: 30 random
 * base62 characters, then the CRC32 of those 30 in 6 base62 digits.
 * https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 */
export function hasBase62Crc32(token: string, prefixLength = 4): boolean {
  if (token.length < prefixLength + 7) return false;
  const body = token.slice(prefixLength, -6);
  return toBase62(crc32(body), 6) === token.slice(-6);
}

/**
 * GitLab routable tokens: prefix, base64url payload, `.01.`, payload length in 2 base36
 * digits, then the CRC32 of everything before it in 7 base36 digits.
 * https://gitlab.com/gitlab-org/gitlab/-/blob/master/lib/authn/token_field/generator/routable_token.rb
 */
export function isGitlabRoutable(token: string): boolean {
  const m = /^([a-z]+-)([A-Za-z0-9_-]+)\.01\.([0-9a-z]{2})([0-9a-z]{7})$/.exec(token);
  if (!m) return false;
  const [, prefix = '', payload = '', length = '', crc = ''] = m;
  if (parseInt(length, 36) !== payload.length) return false;
  return toBase36(crc32(`${prefix}${payload}.01.${length}`), 7) === crc;
}

/**
 * Tokens ending in the CRC32 of everything before it as 8 hex digits: Atlassian `ATATT`,
 * Bitbucket `ATBB`/`ATCTT`, and similar formats (Grafana, Cloudflare scannable tokens).
 */
export function hasHexCrc32Suffix(token: string): boolean {
  if (token.length < 9) return false;
  const suffix = token.slice(-8);
  if (!/^[0-9a-fA-F]{8}$/.test(suffix)) return false;
  return toHex(crc32(token.slice(0, -8))) === suffix.toLowerCase();
}
