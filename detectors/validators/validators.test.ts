import { describe, expect, test } from 'vitest';
import { fake } from '../fake';
import {
  ENTRA_ALPHABET,
  encodeCustom,
  isEntraClientSecret,
  isIdentifiableBase64Key,
  seedFromName,
  ENTRA_CLIENT_SECRET_SEED,
} from './azure';
import { bech32Encode, isBech32 } from './bech32';
import { crc32, toBase36, toBase62, toHex } from './checksum';
import { marvin32, marvin64 } from './marvin';
import { awsAccountId, isJwt, isPypiMacaroon } from './structure';
import { hasBase62Crc32, hasHexCrc32Suffix, isGitlabRoutable } from './tokens';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const hex64 = ([lo, hi]: [number, number]) =>
  hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');

describe('marvin', () => {
  test('SymCrypt standard vector', () => {
    // SymCrypt lib/marvin32.c: seed 0xd53cd9cecd0893b7, "abc" → 0x22c74339492769bf
    expect(hex64(marvin64(bytes('abc'), 0xd53cd9cecd0893b7n))).toBe('22c74339492769bf');
  });

  test('skeeto/marvin32 vectors for every tail length', () => {
    const seed = 0x004fb61a001bdbccn;
    const cases: [string, string][] = [
      ['', '30ed35c100cd3c7d'],
      ['\xaf', '48e73fc77d75ddc1'],
      ['\xe7\x0f', 'b5f6e1fc485dbff8'],
      ['\x37\xf4\x95', 'f0b07c789b8cf7e8'],
      ['\x86\x42\xdc\x59', '7008f2e87e9cf556'],
      ['\x15\x3f\xb7\x98\x26', 'e6c08c6da2afa997'],
      ['\x09\x32\xe6\x24\x6c\x47', '6f04bf1a5ea24060'],
      ['\xab\x42\x7e\xa8\xd1\x0f\xc7', 'e11847e4f0678c41'],
    ];
    for (const [input, expected] of cases)
      expect(hex64(marvin64(bytes(input), seed))).toBe(expected);
    const [lo, hi] = marvin64(bytes(''), seed);
    expect(marvin32(bytes(''), seed)).toBe((lo ^ hi) >>> 0);
  });

  test('seeds read eight characters big-endian', () => {
    expect(seedFromName('Default0')).toBe(0x44656661756c7430n);
    expect(seedFromName('AadPwd00')).toBe(0x4161645077643030n);
  });

  test('custom alphabet encoding matches the published base62 vector', () => {
    const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    expect(encodeCustom(2883656711, base62)).toBe('399Wq7');
    expect(encodeCustom(0xffffffff, base62)).toBe('4gfFC3');
  });

  test('Entra client secrets: generated checksum accepted, altered one refused', () => {
    const f = fake(7);
    const head = f.chars(3, ENTRA_ALPHABET) + '8Q~' + f.chars(31, ENTRA_ALPHABET);
    const sum = encodeCustom(marvin32(bytes(head), ENTRA_CLIENT_SECRET_SEED), ENTRA_ALPHABET).slice(
      0,
      3,
    );
    expect(isEntraClientSecret(head + sum)).toBe(true);
    expect(isEntraClientSecret(head + (sum[0] === 'a' ? 'b' : 'a') + sum.slice(1))).toBe(false);
  });

  test('identifiable base64 keys', () => {
    const seed = seedFromName('Default0');
    const raw = new Uint8Array(64);
    for (let i = 0; i < 60; i++) raw[i] = (i * 37 + 11) & 0xff;
    const sum = marvin32(raw.subarray(0, 60), seed);
    raw.set([sum & 0xff, (sum >>> 8) & 0xff, (sum >>> 16) & 0xff, sum >>> 24], 60);
    const key = Buffer.from(raw).toString('base64');
    const sig = key.replace(/=+$/, '').slice(-10, -6);
    expect(isIdentifiableBase64Key(key, seed, sig)).toBe(true);
    expect(isIdentifiableBase64Key(key, seedFromName('Default1'), sig)).toBe(false);
  });
});

describe('bech32', () => {
  test('BIP 173 valid and invalid vectors', () => {
    expect(isBech32('A12UEL5L')).toBe(true);
    expect(isBech32('a12uel5l')).toBe(true);
    expect(isBech32('abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw')).toBe(true);
    expect(isBech32('A12UEL5l')).toBe(false); // mixed case
    expect(isBech32('a12uel5m')).toBe(false); // bad checksum
  });

  test('encode round-trips', () => {
    const s = bech32Encode('age-secret-key-', [1, 2, 3, 31, 0, 17]);
    expect(isBech32(s)).toBe(true);
    expect(isBech32(s.toUpperCase())).toBe(true);
  });
});

describe('token checksums', () => {
  const f = fake(3);
  test('base62 CRC32 (GitHub, npm)', () => {
    const body = f.chars(30);
    const token = 'gh' + 'p_' + body + toBase62(crc32(body), 6);
    expect(hasBase62Crc32(token)).toBe(true);
    expect(hasBase62Crc32(token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBe(false);
  });

  test('GitLab routable base36 CRC32', () => {
    const payload = f.chars(40, 'base64url');
    const head = 'gl' + 'pat-' + payload + '.01.' + toBase36(payload.length, 2);
    expect(isGitlabRoutable(head + toBase36(crc32(head), 7))).toBe(true);
    expect(isGitlabRoutable(head + '0000000')).toBe(false);
  });

  test('hex CRC32 suffix (Atlassian, Bitbucket, Grafana)', () => {
    const head = 'AT' + 'BB' + f.chars(28);
    expect(hasHexCrc32Suffix(head + toHex(crc32(head)).toUpperCase())).toBe(true);
    expect(hasHexCrc32Suffix(head + '00000000')).toBe(false);
  });
});

describe('structure', () => {
  test('PyPI macaroon header', () => {
    const raw = '\x02\x01\x08pypi.org\x02\x25' + 'x'.repeat(40);
    const token = 'py' + 'pi-' + Buffer.from(raw, 'latin1').toString('base64url');
    expect(isPypiMacaroon(token)).toBe(true);
    expect(
      isPypiMacaroon(
        'py' + 'pi-' + Buffer.from('\x02\x01\x07evil.io\x02', 'latin1').toString('base64url'),
      ),
    ).toBe(false);
  });

  test('JWT header must decode to JSON with alg', () => {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    expect(isJwt(enc({ alg: 'HS256', typ: 'JWT' }) + '.' + enc({ sub: '1' }) + '.sig')).toBe(true);
    expect(isJwt(enc({ typ: 'JWT' }) + '.' + enc({ sub: '1' }) + '.sig')).toBe(false);
    expect(isJwt('eyJub3QiOiJqc29u.e30.x')).toBe(false);
  });

  test('AWS key id decodes to a 12-digit account id', () => {
    // Encode account 123456789012 the way AWS does (bit layout from the key-id write-up).
    const first48 = (123456789012n << 7n) | 0x5n;
    const value = (first48 << 32n) | 0x1234567n;
    let id = '';
    for (let i = 15; i >= 0; i--)
      id += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[Number((value >> BigInt(i * 5)) & 31n)];
    expect(awsAccountId('AK' + 'IA' + id)).toBe('123456789012');
    expect(awsAccountId('AK' + 'IA' + 'lowercase0000000')).toBeUndefined();
  });
});
