import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { fake } from '../fake';
import { armor, certificateDer, derElement, keySamples, PRIVATE_KEY } from '../fake-keys';
import { isPrivateKeyBlock } from './private-key-structure';

const f = fake(71);
const keys = keySamples();
const all: Record<string, string> = {
  ...keys.pem,
  ...Object.fromEntries(Object.entries(keys.encrypted).map(([k, v]) => [`encrypted-${k}`, v])),
  ...Object.fromEntries(Object.entries(keys.openssh).map(([k, v]) => [`openssh-${k}`, v])),
  pgp: keys.pgp,
};

/** The ways a key reaches a paste: each must still validate. */
const WRAPS: Record<string, (pem: string) => string> = {
  plain: (k) => k,
  'JSON string': (k) => JSON.stringify(k).slice(1, -1),
  'JSON inside JSON': (k) => JSON.stringify(JSON.stringify(k)).slice(1, -1),
  'JSON with CRLF': (k) => JSON.stringify(k.replace(/\n/g, '\r\n')).slice(1, -1),
  'JSON with escaped slashes': (k) => JSON.stringify(k).slice(1, -1).replace(/\//g, '\\/'),
  'YAML block, 2 spaces': (k) => k.replace(/\n/g, '\n  '),
  'YAML block, 12 spaces': (k) => k.replace(/\n/g, '\n            '),
  'CRLF lines': (k) => k.replace(/\n/g, '\r\n'),
  'trailing spaces': (k) => k.replace(/\n/g, '  \n'),
  'one line, spaces for line breaks': (k) => k.replace(/\n(?!-)/g, ' '),
};

describe('every private key passes, however it is wrapped', () => {
  test.each(Object.entries(all))('%s', (_name, pem) => {
    for (const [how, wrap] of Object.entries(WRAPS)) {
      // Headers need their own lines; joining them onto one is not a form keys travel in.
      if (how.startsWith('one line') && /:/.test(pem)) continue;
      expect(isPrivateKeyBlock(wrap(pem)), how).toBe(true);
    }
  });
});

describe('keys of every size and value pass', () => {
  // Fresh keys exercise what fixed samples cannot: INTEGERs that gain a sign byte or lose a
  // leading zero, lengths across the 127/128 and 255/256 boundaries of DER's long form.
  const pem = (k: KeyObject, type: 'pkcs8' | 'sec1' | 'pkcs1') =>
    k.export({ type, format: 'pem' }) as string;

  test('EC keys on each curve, SEC1 and PKCS#8', () => {
    for (const namedCurve of ['P-256', 'P-384', 'P-521', 'secp256k1'])
      for (let i = 0; i < 25; i++) {
        const { privateKey } = generateKeyPairSync('ec', { namedCurve });
        expect(isPrivateKeyBlock(pem(privateKey, 'sec1')), namedCurve).toBe(true);
        expect(isPrivateKeyBlock(pem(privateKey, 'pkcs8')), namedCurve).toBe(true);
      }
  });

  test('RSA keys of 512 to 1536 bits', () => {
    for (const modulusLength of [512, 768, 1024, 1032, 1536])
      for (let i = 0; i < 4; i++) {
        const { privateKey } = generateKeyPairSync('rsa', { modulusLength });
        expect(isPrivateKeyBlock(pem(privateKey, 'pkcs1'))).toBe(true);
        expect(isPrivateKeyBlock(pem(privateKey, 'pkcs8'))).toBe(true);
      }
  });

  test('RSA keys of 2048, 3072 and 4096 bits', { timeout: 120_000 }, () => {
    for (const modulusLength of [2048, 3072, 4096]) {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength });
      expect(isPrivateKeyBlock(pem(privateKey, 'pkcs1'))).toBe(true);
      expect(isPrivateKeyBlock(pem(privateKey, 'pkcs8'))).toBe(true);
    }
  });

  test('Edwards and Montgomery keys', () => {
    const make = [
      () => generateKeyPairSync('ed25519'),
      () => generateKeyPairSync('ed448'),
      () => generateKeyPairSync('x25519'),
      () => generateKeyPairSync('x448'),
    ];
    for (const generate of make)
      for (let i = 0; i < 10; i++)
        expect(isPrivateKeyBlock(pem(generate().privateKey, 'pkcs8'))).toBe(true);
  });

  test('PKCS#8 of an algorithm this code has never heard of (any OID)', () => {
    // OneAsymmetricKey v1 { 0, { OID 2.16.840.1.101.3.4.3.18 (ML-DSA-65) }, OCTET STRING }.
    const der = derElement(
      0x30,
      derElement(2, Buffer.from([0])),
      derElement(0x30, derElement(6, Buffer.from('608648016503040312', 'hex'))),
      derElement(4, derElement(0x80, Buffer.alloc(32, 0x5a))),
    );
    expect(isPrivateKeyBlock(armor(PRIVATE_KEY, der))).toBe(true);
  });
});

describe('what is not a private key fails', () => {
  const rsa = keys.pem['rsa-2048-pkcs1'] as string;
  const lines = rsa.split('\n');
  const RSA = 'RSA ' + PRIVATE_KEY;
  const randomBody = (n: number) =>
    Array.from({ length: n }, () => f.chars(64, 'base64')).join('\n');

  test.each([
    ['an elided docs sample', `-----BEGIN ${RSA}-----\nMIIEpAIBAAKCAQEA...\n-----END ${RSA}-----`],
    [
      'an elided PKCS#8 sample',
      `-----BEGIN ${PRIVATE_KEY}-----\nMIIEvQIBADANBg...\n-----END ${PRIVATE_KEY}-----`,
    ],
    [
      'a placeholder body',
      `-----BEGIN ${PRIVATE_KEY}-----\n<base64>\n-----END ${PRIVATE_KEY}-----`,
    ],
    ['random base64', `-----BEGIN ${RSA}-----\n${randomBody(20)}\n-----END ${RSA}-----`],
    [
      'random base64 under the PKCS#8 label',
      `-----BEGIN ${PRIVATE_KEY}-----\n${randomBody(3)}\n-----END ${PRIVATE_KEY}-----`,
    ],
    ['a certificate', armor(PRIVATE_KEY, certificateDer(keys.rsa.publicKey, f))],
    [
      'a certificate under the encrypted label',
      armor('ENCRYPTED ' + PRIVATE_KEY, certificateDer(keys.rsa.publicKey, f)),
    ],
    ['an RSA public key', armor(RSA, keys.rsa.publicKey.export({ type: 'pkcs1', format: 'der' }))],
    [
      'a SubjectPublicKeyInfo',
      armor(PRIVATE_KEY, keys.rsa.publicKey.export({ type: 'spki', format: 'der' })),
    ],
    [
      'an EC key under the RSA label',
      (keys.pem['ec-p256-sec1'] as string).replace(/EC PRIVATE/g, 'RSA PRIVATE'),
    ],
    [
      'a PKCS#8 key under the EC label',
      (keys.pem['ec-p256-pkcs8'] as string).replace(/ PRIVATE/g, ' EC PRIVATE'),
    ],
    [
      'an unencrypted PKCS#8 key under the encrypted label',
      (keys.pem['ed25519-pkcs8'] as string).replace(/ PRIVATE/g, ' ENCRYPTED PRIVATE'),
    ],
    ['a key whose last lines were cut out', [...lines.slice(0, 8), ...lines.slice(-1)].join('\n')],
    ['a key whose first line was cut out', [lines[0], ...lines.slice(2)].join('\n')],
    [
      'a key with a stray line',
      [...lines.slice(0, -1), f.chars(64, 'base64'), ...lines.slice(-1)].join('\n'),
    ],
    ['a key followed by a second body', [...lines.slice(0, -1), ...lines.slice(1)].join('\n')],
  ])('%s', (_name, text) => {
    expect(isPrivateKeyBlock(text as string)).toBe(false);
  });

  test('legacy encrypted PEM: whole cipher blocks under both headers', () => {
    const legacy = keys.pem['rsa-2048-legacy-aes'] as string;
    const [begin = '', procType = '', dekInfo = '', blank = '', ...lines] = legacy.split('\n');
    const end = lines.pop() ?? '';
    const last = lines.pop() ?? '';
    const body = [...lines, last];
    const rebuilt = (head: string[], b: string[]) => [begin, ...head, blank, ...b, end].join('\n');
    expect(isPrivateKeyBlock(rebuilt([procType, dekInfo], body))).toBe(true);
    // 16-byte AES blocks: dropping 4 base64 characters (3 bytes) breaks them.
    const short = [...lines, last.slice(0, -4)];
    expect(isPrivateKeyBlock(rebuilt([procType, dekInfo], short)), 'partial block').toBe(false);
    expect(isPrivateKeyBlock(rebuilt([dekInfo], body)), 'no Proc-Type').toBe(false);
    expect(isPrivateKeyBlock(rebuilt([procType], body)), 'no DEK-Info').toBe(false);
    const elided = dekInfo.replace(/,\w+$/, ',...');
    expect(isPrivateKeyBlock(rebuilt([procType, elided], body)), 'elided IV').toBe(false);
  });

  test('OpenSSH: the magic, and strings that end where the data ends', () => {
    const key = keys.openssh.ed25519 as string;
    const der = Buffer.from(key.split('\n').slice(1, -1).join(''), 'base64');
    const label = 'OPENSSH ' + PRIVATE_KEY;
    expect(isPrivateKeyBlock(armor(label, der))).toBe(true);
    const wrongMagic = Buffer.from(der);
    wrongMagic.write('openssh-key-v2');
    expect(isPrivateKeyBlock(armor(label, wrongMagic)), 'magic').toBe(false);
    expect(isPrivateKeyBlock(armor(label, der.subarray(0, der.length - 8))), 'cut').toBe(false);
    expect(isPrivateKeyBlock(armor(label, Buffer.concat([der, Buffer.alloc(8)]))), 'extended').toBe(
      false,
    );
    // The first line of a real key, as documentation shows it.
    expect(isPrivateKeyBlock(armor(label, der.subarray(0, 48))), 'first line').toBe(false);
  });

  test('SSH.com: the magic and its own total size', () => {
    const key = keys.openssh['ssh.com'] as string;
    const der = Buffer.from(key.split('\n').slice(2, -1).join(''), 'base64');
    const label = 'SSH2 ENCRYPTED ' + PRIVATE_KEY;
    const wrap = (b: Buffer) =>
      `---- BEGIN ${label} ----\n${b.toString('base64')}\n---- END ${label} ----`;
    expect(isPrivateKeyBlock(wrap(der))).toBe(true);
    expect(isPrivateKeyBlock(wrap(der.subarray(0, der.length - 8))), 'cut').toBe(false);
    const badMagic = Buffer.from(der);
    badMagic[0] = 0x3e;
    expect(isPrivateKeyBlock(wrap(badMagic)), 'magic').toBe(false);
  });

  test('OpenPGP: a Secret-Key packet first, packets that tile the data', () => {
    const label = 'PGP ' + PRIVATE_KEY + ' BLOCK';
    const packet = (tag: number, body: Buffer, legacy = false) =>
      legacy
        ? Buffer.concat([
            Buffer.from([0x80 | (tag << 2) | 1, body.length >> 8, body.length & 255]),
            body,
          ])
        : body.length < 192
          ? Buffer.concat([Buffer.from([0xc0 | tag, body.length]), body])
          : body.length < 8384
            ? Buffer.concat([
                Buffer.from([
                  0xc0 | tag,
                  ((body.length - 192) >> 8) + 192,
                  (body.length - 192) & 255,
                ]),
                body,
              ])
            : Buffer.concat([
                Buffer.from([
                  0xc0 | tag,
                  255,
                  0,
                  body.length >> 16,
                  (body.length >> 8) & 255,
                  body.length & 255,
                ]),
                body,
              ]);
    const key = Buffer.concat([Buffer.from([4]), Buffer.alloc(300, 1)]);
    const uid = Buffer.from('Demo <demo@example.net>');
    const wrap = (b: Buffer) => armor(label, b, '\n');
    const ok = (...packets: Buffer[]) => isPrivateKeyBlock(wrap(Buffer.concat(packets)));
    expect(ok(packet(5, key), packet(13, uid)), 'new headers, two-octet length').toBe(true);
    expect(ok(packet(5, key.subarray(0, 100), true), packet(13, uid)), 'legacy header').toBe(true);
    expect(ok(packet(5, Buffer.alloc(9000, 4)), packet(13, uid)), 'five-octet length').toBe(true);
    expect(ok(packet(6, key), packet(13, uid)), 'public key packet first').toBe(false);
    expect(ok(packet(5, key), packet(13, uid).subarray(0, 10)), 'cut').toBe(false);
    expect(ok(Buffer.from([0xc5, 0xe1]), Buffer.alloc(2, 4)), 'partial length').toBe(false);
    expect(ok(Buffer.from([0x97]), key), 'indeterminate length').toBe(false);
    expect(ok(packet(5, key), Buffer.from([0x0d, 1, 2])), 'not a packet header').toBe(false);
  });

  test('garbage never throws', () => {
    for (let i = 0; i < 300; i++) {
      const body = f.chars(f.int(0, 400), 'base64' + '\\-:= \n\r"');
      for (const label of ['RSA', 'EC', '', 'ENCRYPTED', 'OPENSSH', 'PGP'])
        expect(() =>
          isPrivateKeyBlock(`-----BEGIN ${label} ${PRIVATE_KEY}-----\n${body}\n-----END`),
        ).not.toThrow();
    }
  });
});
