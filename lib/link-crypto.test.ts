import { createCipheriv, hkdfSync, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildLink,
  createSecret,
  fromBase64url,
  HKDF_INFO,
  HKDF_SALT,
  LinkCryptoError,
  openSecret,
  parseFragment,
  parseLink,
  PBKDF2_ITERATIONS,
  sealWithParams,
  toBase64url,
} from './link-crypto';

const fixedKey = Uint8Array.from({ length: 32 }, (_, i) => i);
const fixedIv = Uint8Array.from({ length: 12 }, (_, i) => 0xa0 + i);
const fixedSalt = Uint8Array.from({ length: 16 }, (_, i) => 0xf0 - i);
const vectorText = 'keywarden v1 test vector ✓';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LinkCryptoError);
    return (error as LinkCryptoError).code;
  }
  throw new Error('expected a LinkCryptoError');
}

function flipBit(payload: string, byteIndex: number): string {
  const raw = fromBase64url(payload);
  if (!raw) throw new Error('bad payload');
  raw[byteIndex] = (raw[byteIndex] ?? 0) ^ 0x01;
  return toBase64url(raw);
}

describe('base64url', () => {
  it('round-trips every length and rejects non-canonical input', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      const text = toBase64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64url(text)).toEqual(bytes);
    }
    expect(fromBase64url('A')).toBeNull();
    expect(fromBase64url('AB')).toBeNull(); // trailing bits set
    expect(fromBase64url('a+b/')).toBeNull();
    expect(fromBase64url('abc=')).toBeNull();
  });
});

describe('createSecret / openSecret', () => {
  const samples: [string, string][] = [
    ['empty', ''],
    ['one byte', 'x'],
    ['64 KiB', 'k'.repeat(64 * 1024)],
    ['emoji and non-ASCII', 'clé 🔑 密钥 ключ \u0000 👩🏽‍💻 e\u0301'],
  ];
  it.each(samples)('round-trips %s', async (_name, text) => {
    const { payload, key, passphraseSalt } = await createSecret(text);
    expect(passphraseSalt).toBeUndefined();
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fromBase64url(payload)?.[0]).toBe(1);
    expect(await openSecret(payload, key)).toBe(text);
  });

  it('round-trips with a passphrase and needs both link key and passphrase', async () => {
    const text = 'pass-protected ✓';
    const created = await createSecret(text, { passphrase: 'open sesame' });
    expect(created.passphraseSalt).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const salt = created.passphraseSalt;
    expect(
      await openSecret(created.payload, created.key, { passphrase: 'open sesame', salt }),
    ).toBe(text);
    expect(
      await codeOf(openSecret(created.payload, created.key, { passphrase: 'open sesam', salt })),
    ).toBe('decrypt-failed');
    expect(await codeOf(openSecret(created.payload, created.key, { salt }))).toBe(
      'passphrase-required',
    );
    // The link key alone is not the AES key once a passphrase is used.
    expect(await codeOf(openSecret(created.payload, created.key))).toBe('decrypt-failed');
  });

  it('fails clearly with a wrong key, a flipped bit or a malformed input', async () => {
    const { payload, key } = await createSecret('top secret value');
    const other = (await createSecret('x')).key;
    expect(await codeOf(openSecret(payload, other))).toBe('decrypt-failed');
    for (const index of [0, 5, 20, 30]) {
      const code = await codeOf(openSecret(flipBit(payload, index), key));
      expect(code).toBe(index === 0 ? 'unsupported-version' : 'decrypt-failed');
    }
    expect(await codeOf(openSecret(payload.slice(0, 20), key))).toBe('invalid-payload');
    expect(await codeOf(openSecret('not base64!', key))).toBe('invalid-payload');
    expect(await codeOf(openSecret(payload, key.slice(1)))).toBe('invalid-key');
  });

  it('never puts the key, the payload or the plaintext in an error message', async () => {
    const text = 'plaintext-marker-value';
    const { payload, key } = await createSecret(text, { passphrase: 'pw-marker' });
    const errors: unknown[] = [];
    for (const attempt of [
      () => openSecret(payload, key, { passphrase: 'wrong', salt: 'A'.repeat(22) }),
      () => openSecret(payload, key),
      () => openSecret(payload + '!', key),
      () => openSecret(payload, key + 'A'),
    ]) {
      await attempt().catch((error: unknown) => errors.push(error));
    }
    expect(errors).toHaveLength(4);
    for (const error of errors) {
      const message = String((error as Error).message) + String((error as Error).stack);
      for (const secret of [text, key, payload.slice(0, 30), 'pw-marker']) {
        expect(message).not.toContain(secret);
      }
    }
  });

  it('draws a fresh key, IV and payload every time', async () => {
    const payloads = new Set<string>();
    const ivs = new Set<string>();
    const keys = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const { payload, key } = await createSecret('same text');
      payloads.add(payload);
      keys.add(key);
      ivs.add(payload.slice(0, 18));
    }
    expect(payloads.size).toBe(20);
    expect(keys.size).toBe(20);
    expect(ivs.size).toBe(20);
  });

  it('rejects an empty passphrase instead of silently ignoring it', async () => {
    expect(await codeOf(createSecret('x', { passphrase: '' }))).toBe('passphrase-required');
  });
});

describe('fixed test vectors (format v1 must not drift)', () => {
  it('without passphrase', async () => {
    const sealed = await sealWithParams(vectorText, { key: fixedKey, iv: fixedIv });
    expect(sealed).toEqual({
      payload: 'AaChoqOkpaanqKmqq419BVokuWbaDEXx4icOpa0EjC918cMtHrzsuhWETF_xTfRwAkGykjKWJE9Z',
      key: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
    });
    // Cross-check against an independent implementation (Node's OpenSSL bindings).
    const cipher = createCipheriv('aes-256-gcm', fixedKey, fixedIv);
    const body = Buffer.concat([cipher.update(vectorText, 'utf8'), cipher.final()]);
    const expected = Buffer.concat([Buffer.from([1]), fixedIv, body, cipher.getAuthTag()]);
    expect(sealed.payload).toBe(expected.toString('base64url'));
    expect(await openSecret(sealed.payload, sealed.key)).toBe(vectorText);
  });

  it('with passphrase', async () => {
    const sealed = await sealWithParams(vectorText, {
      key: fixedKey,
      iv: fixedIv,
      passphrase: 'correct horse',
      salt: fixedSalt,
    });
    expect(sealed).toEqual({
      payload: 'AaChoqOkpaanqKmqq74yZ3wOZ1GXtiouS_YmGJAY5JpAdpcVVW0-EyGjM3P5bR3xJXypzf3czyk8',
      key: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
      passphraseSalt: '8O_u7ezr6uno5-bl5OPi4Q',
    });
    const stretched = pbkdf2Sync('correct horse', fixedSalt, PBKDF2_ITERATIONS, 32, 'sha256');
    const aesKey = Buffer.from(
      hkdfSync('sha256', Buffer.concat([fixedKey, stretched]), HKDF_SALT, HKDF_INFO, 32),
    );
    const cipher = createCipheriv('aes-256-gcm', aesKey, fixedIv);
    const body = Buffer.concat([cipher.update(vectorText, 'utf8'), cipher.final()]);
    const expected = Buffer.concat([Buffer.from([1]), fixedIv, body, cipher.getAuthTag()]);
    expect(sealed.payload).toBe(expected.toString('base64url'));
    expect(
      await openSecret(sealed.payload, sealed.key, {
        passphrase: 'correct horse',
        salt: sealed.passphraseSalt,
      }),
    ).toBe(vectorText);
  });
});

describe('links', () => {
  const id = 'AbCdEfGhIjKlMnOpQrStUv';
  const key = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';

  it('builds and parses <server>/s#<id>.<key>', () => {
    expect(buildLink('https://share.example.org', id, key)).toBe(
      `https://share.example.org/s#${id}.${key}`,
    );
    const link = buildLink('https://example.org/keywarden/', id, key);
    expect(link).toBe(`https://example.org/keywarden/s#${id}.${key}`);
    expect(parseLink(link)).toEqual({ server: 'https://example.org/keywarden', id, key });
    expect(parseFragment(`#${id}.${key}`)).toEqual({ id, key });
  });

  it('rejects malformed links and fragments', () => {
    expect(parseFragment('')).toBeNull();
    expect(parseFragment(`#${id}`)).toBeNull();
    expect(parseFragment(`#${id}.${key}x`)).toBeNull();
    expect(parseFragment(`#short.${key}`)).toBeNull();
    expect(parseFragment('#' + 'a'.repeat(10_000))).toBeNull();
    expect(() => parseLink(`https://example.org/x#${id}.${key}`)).toThrow(LinkCryptoError);
    expect(() => parseLink('javascript:alert(1)')).toThrow(LinkCryptoError);
    expect(() => buildLink('ftp://example.org', id, key)).toThrow(LinkCryptoError);
    expect(() => buildLink('https://example.org', 'bad id', key)).toThrow(LinkCryptoError);
  });
});
