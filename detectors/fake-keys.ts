/**
 * Real private keys for rule examples, tests and the corpus, made by the platform's OpenSSL
 * (node:crypto) rather than by the code that checks them, and wrapped in the file formats that
 * OpenSSL cannot write (OpenSSH, SSH.com, OpenPGP, OpenSSL's legacy DSA) by the writers below,
 * which the tests cross-check with ssh-keygen, gpg and OpenSSL itself. Never used by the engine:
 * node:crypto is looked up only when a sample is asked for, so the content script (which strips
 * rule examples) never imports it. Keys are random and made once per process (the corpus is
 * compared with itself within one), and only cheap ones: a real RSA-4096 key costs seconds of
 * prime search in every test process, so that size is laid out from seeded bytes instead
 * (`rsaShapedDer`), and the structure tests generate real ones.
 */
import type { KeyObject } from 'node:crypto';
import { element } from './validators/der';
import { fake, type Fake } from './fake';

/** Assembled so that no BEGIN line of a private key stands in the source. */
export const PRIVATE_KEY = 'PRIVATE' + ' KEY';

const crypto = () => process.getBuiltinModule('node:crypto');

/** `-----BEGIN label-----`, optional headers, the base64 of `der` in 64-character lines, END. */
export function armor(label: string, der: Uint8Array, headers = '', tail = ''): string {
  const lines =
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${headers}${lines.join('\n')}\n${tail}-----END ${label}-----`;
}

/** One DER element: tag, definite length (short or long form), contents. */
export function derElement(tag: number, ...parts: Uint8Array[]): Buffer {
  const body = Buffer.concat(parts);
  const n = body.length;
  const len =
    n < 0x80
      ? [n]
      : n < 0x100
        ? [0x81, n]
        : n < 0x10000
          ? [0x82, n >> 8, n & 255]
          : [0x83, n >> 16, (n >> 8) & 255, n & 255];
  return Buffer.concat([Buffer.from([tag, ...len]), body]);
}

/** `n` bytes from the seeded generator. */
export function fakeBytes(f: Fake, n: number): Buffer {
  return Buffer.from(Array.from({ length: n }, () => f.int(0, 255)));
}

// ---------------------------------------------------------------------------------------------
// OpenSSH: https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key and RFC 4251 §5.

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const sshString = (s: string | Uint8Array) => {
  const b = typeof s === 'string' ? Buffer.from(s) : Buffer.from(s);
  return Buffer.concat([u32(b.length), b]);
};
/** An unsigned big-endian integer as an SSH mpint: no leading zeros, a zero before a high bit. */
const mpint = (b64url: string) => {
  let b = Buffer.from(b64url, 'base64url');
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  b = b.subarray(i);
  return sshString((b[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.alloc(1), b]) : b);
};

/** The public blob and the private fields of a key, in OpenSSH's wire order. */
function sshKeyParts(key: KeyObject): { pub: Buffer; priv: Buffer } {
  const j = key.export({ format: 'jwk' });
  const b = (s?: string) => Buffer.from(s ?? '', 'base64url');
  if (j.kty === 'OKP') {
    const pub = Buffer.concat([sshString('ssh-ed25519'), sshString(b(j.x))]);
    return { pub, priv: Buffer.concat([pub, sshString(Buffer.concat([b(j.d), b(j.x)]))]) };
  }
  if (j.kty === 'EC') {
    const curve = `nistp${{ 'P-256': 256, 'P-384': 384, 'P-521': 521 }[j.crv as string]}`;
    const point = Buffer.concat([Buffer.from([4]), b(j.x), b(j.y)]);
    const pub = Buffer.concat([
      sshString(`ecdsa-sha2-${curve}`),
      sshString(curve),
      sshString(point),
    ]);
    return { pub, priv: Buffer.concat([pub, mpint(j.d ?? '')]) };
  }
  const n = mpint(j.n ?? '');
  const e = mpint(j.e ?? '');
  return {
    pub: Buffer.concat([sshString('ssh-rsa'), e, n]),
    priv: Buffer.concat([
      sshString('ssh-rsa'),
      n,
      e,
      ...[j.d, j.qi, j.p, j.q].map((v) => mpint(v ?? '')),
    ]),
  };
}

/**
 * An `OPENSSH PRIVATE KEY` block. Unencrypted, the private section is the key itself; encrypted
 * (aes256-ctr with a bcrypt KDF), it is `f`'s bytes standing for ciphertext, as no passphrase
 * could be checked without one.
 */
export function opensshKey(key: KeyObject, f: Fake, encrypted = false): string {
  const { pub, priv } = sshKeyParts(key);
  const check = u32(f.int(0, 0xffffffff));
  const plain = Buffer.concat([check, check, priv, sshString('demo@host')]);
  const block = encrypted ? 16 : 8;
  const pad = Array.from({ length: (block - (plain.length % block)) % block }, (_, i) => i + 1);
  const padded = Buffer.concat([plain, Buffer.from(pad)]);
  const section = encrypted ? fakeBytes(f, padded.length) : padded;
  const kdf = encrypted ? Buffer.concat([sshString(fakeBytes(f, 16)), u32(16)]) : Buffer.alloc(0);
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString(encrypted ? 'aes256-ctr' : 'none'),
    sshString(encrypted ? 'bcrypt' : 'none'),
    sshString(kdf),
    u32(1),
    sshString(pub),
    sshString(section),
  ]);
  return armor('OPENSSH ' + PRIVATE_KEY, blob);
}

/**
 * An SSH.com `SSH2 ENCRYPTED PRIVATE KEY` block: magic, total size, key type, cipher and
 * `f`'s bytes standing for the 3DES ciphertext.
 * https://git.tartarus.org/?p=simon/putty.git;a=blob;f=import.c
 */
export function sshComKey(f: Fake): string {
  const rest = Buffer.concat([
    sshString('if-modn{sign{rsa-pkcs1-sha1},encrypt{rsa-pkcs1v2-oaep}}'),
    sshString('3des-cbc'),
    sshString(fakeBytes(f, 8 * f.int(60, 90))),
  ]);
  const blob = Buffer.concat([u32(0x3f6ff9eb), u32(rest.length + 8), rest]);
  const lines = blob.toString('base64').match(/.{1,70}/g) ?? [];
  const label = 'SSH2 ENCRYPTED ' + PRIVATE_KEY;
  const comment = 'Comment: "rsa-key-20240611"';
  return `---- BEGIN ${label} ----\n${comment}\n${lines.join('\n')}\n---- END ${label} ----`;
}

// ---------------------------------------------------------------------------------------------
// OpenPGP: https://www.rfc-editor.org/rfc/rfc4880 (v4 keys, §5.5.3; armor and CRC-24, §6).

const mpi = (bytes: Buffer) => {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const b = bytes.subarray(i);
  const bits = (b.length - 1) * 8 + (32 - Math.clz32(b[0] ?? 0));
  return Buffer.concat([Buffer.from([bits >> 8, bits & 255]), b]);
};

function crc24(data: Buffer): number {
  let crc = 0xb704ce;
  for (const byte of data) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/**
 * A `PGP PRIVATE KEY BLOCK` holding an unprotected v4 EdDSA Secret-Key packet (legacy two-octet
 * length header, as GnuPG writes it) and a User ID packet (new-format header).
 */
export function pgpKey(key: KeyObject, f: Fake): string {
  const j = key.export({ format: 'jwk' });
  const secret = mpi(Buffer.from(j.d ?? '', 'base64url'));
  const checksum = secret.reduce((s, b) => (s + b) & 0xffff, 0);
  const body = Buffer.concat([
    Buffer.from([4]),
    u32(f.int(1_500_000_000, 1_800_000_000)),
    // EdDSA (22) on Ed25519: OID 1.3.6.1.4.1.11591.15.1, public point 0x40 ‖ x.
    Buffer.from([22, 9, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01]),
    mpi(Buffer.concat([Buffer.from([0x40]), Buffer.from(j.x ?? '', 'base64url')])),
    Buffer.from([0]),
    secret,
    Buffer.from([checksum >> 8, checksum & 255]),
  ]);
  const userId = Buffer.from('Demo Key <demo@example.net>');
  const data = Buffer.concat([
    Buffer.from([0x95, body.length >> 8, body.length & 255]),
    body,
    Buffer.from([0xc0 | 13, userId.length]),
    userId,
  ]);
  const crc = Buffer.from([crc24(data) >> 16, (crc24(data) >> 8) & 255, crc24(data) & 255]);
  return armor('PGP ' + PRIVATE_KEY + ' BLOCK', data, '\n', `=${crc.toString('base64')}\n`).replace(
    /^(-----BEGIN [^\n]+\n)/,
    '$1Comment: demo\n',
  );
}

// ---------------------------------------------------------------------------------------------
// PEM and DER.

/** Every INTEGER of a DER tree, in order, descending into SEQUENCE, OCTET and BIT STRING. */
function integers(d: string, start = 0, end = d.length, out: Buffer[] = []): Buffer[] {
  for (let p = start; p < end;) {
    const e = element(d, p, end);
    if (!e) throw new Error('not DER');
    const [tag, s, t] = e;
    if (tag === 2) out.push(Buffer.from(d.slice(p, t), 'latin1'));
    else if (tag === 0x30 || tag === 4) integers(d, s, t, out);
    else if (tag === 3) integers(d, s + 1, t, out);
    p = t;
  }
  return out;
}

/**
 * OpenSSL's legacy `DSA PRIVATE KEY` { 0, p, q, g, y, x }, which node:crypto does not write:
 * p, q, g and x from the PKCS#8 form, y from the public key.
 */
export function dsaTraditional(key: KeyObject, publicKey: KeyObject): string {
  const latin1 = (k: KeyObject, type: 'pkcs8' | 'spki') =>
    (k.export({ format: 'der', type }) as Buffer).toString('latin1');
  const [version, p, q, g, x] = integers(latin1(key, 'pkcs8'));
  const y = integers(latin1(publicKey, 'spki'))[3];
  const der = derElement(0x30, ...([version, p, q, g, y, x] as Buffer[]));
  return armor('DSA ' + PRIVATE_KEY, der);
}

/**
 * An RSAPrivateKey of `bits` laid out as OpenSSL writes one (version 0, n, e = 65537, d, p, q,
 * dp, dq, qinv, each INTEGER at full size), its numbers `f`'s bytes: the shape of a key too slow
 * to generate for every example.
 */
export function rsaShapedDer(bits: number, f: Fake): Buffer {
  const int = (bytes: number) => {
    const b = fakeBytes(f, bytes);
    b[0] = (b[0] ?? 0) | 0x80;
    return derElement(2, Buffer.alloc(1), b);
  };
  const half = bits / 16;
  return derElement(
    0x30,
    derElement(2, Buffer.alloc(1)),
    int(bits / 8),
    derElement(2, Buffer.from([1, 0, 1])),
    int(bits / 8),
    ...[1, 2, 3, 4, 5].map(() => int(half)),
  );
}

export interface KeySamples {
  /** Unencrypted and legacy-encrypted PEM keys: PKCS#1, SEC1, DSA, PKCS#8 of each algorithm. */
  pem: Record<string, string>;
  /** PKCS#8 EncryptedPrivateKeyInfo. */
  encrypted: Record<string, string>;
  openssh: Record<string, string>;
  pgp: string;
  /** Key pairs the traps and the corpus reuse. */
  rsa: { privateKey: KeyObject; publicKey: KeyObject };
  ed25519: KeyObject;
}

let cached: KeySamples | undefined;

/** The sample keys of this process, made on first use; their other bytes come from one seed. */
export function keySamples(): KeySamples {
  if (cached) return cached;
  const f = fake(500);
  const { generateKeyPairSync } = crypto();
  const rsa = (bits: number) => generateKeyPairSync('rsa', { modulusLength: bits });
  const ec = (curve: string) => generateKeyPairSync('ec', { namedCurve: curve }).privateKey;
  const pem = (k: KeyObject, type: 'pkcs1' | 'sec1' | 'pkcs8', cipher?: string) =>
    (
      k.export({
        type,
        format: 'pem',
        ...(cipher ? { cipher, passphrase: 'demo passphrase' } : {}),
      }) as string
    ).trim();
  const [r1024, r2048] = [1024, 2048].map(rsa) as [ReturnType<typeof rsa>, ReturnType<typeof rsa>];
  const [p256, p384, p521] = ['P-256', 'P-384', 'P-521'].map(ec) as [
    KeyObject,
    KeyObject,
    KeyObject,
  ];
  const ed25519 = generateKeyPairSync('ed25519').privateKey;
  const dsa = generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
  cached = {
    pem: {
      'rsa-1024-pkcs1': pem(r1024.privateKey, 'pkcs1'),
      'rsa-2048-pkcs1': pem(r2048.privateKey, 'pkcs1'),
      'rsa-4096-pkcs1-shaped': armor('RSA ' + PRIVATE_KEY, rsaShapedDer(4096, f)),
      'rsa-2048-pkcs8': pem(r2048.privateKey, 'pkcs8'),
      'ec-p256-sec1': pem(p256, 'sec1'),
      'ec-p384-sec1': pem(p384, 'sec1'),
      'ec-p521-sec1': pem(p521, 'sec1'),
      'ec-p256-pkcs8': pem(p256, 'pkcs8'),
      'ec-p384-pkcs8': pem(p384, 'pkcs8'),
      'ec-p521-pkcs8': pem(p521, 'pkcs8'),
      'ed25519-pkcs8': pem(ed25519, 'pkcs8'),
      'ed448-pkcs8': pem(generateKeyPairSync('ed448').privateKey, 'pkcs8'),
      'x25519-pkcs8': pem(generateKeyPairSync('x25519').privateKey, 'pkcs8'),
      'dsa-1024-traditional': dsaTraditional(dsa.privateKey, dsa.publicKey),
      'dsa-1024-pkcs8': pem(dsa.privateKey, 'pkcs8'),
      'rsa-2048-legacy-aes': pem(r2048.privateKey, 'pkcs1', 'aes-128-cbc'),
      'ec-p256-legacy-3des': pem(p256, 'sec1', 'des-ede3-cbc'),
    },
    encrypted: {
      'rsa-2048': pem(r2048.privateKey, 'pkcs8', 'aes-256-cbc'),
      ed25519: pem(ed25519, 'pkcs8', 'aes-256-cbc'),
    },
    openssh: {
      ed25519: opensshKey(ed25519, f),
      'ecdsa-p256': opensshKey(p256, f),
      'rsa-2048': opensshKey(r2048.privateKey, f),
      'ed25519-encrypted': opensshKey(ed25519, f, true),
      'ssh.com': sshComKey(f),
    },
    pgp: pgpKey(ed25519, f),
    rsa: r2048,
    ed25519,
  };
  return cached;
}

/**
 * A certificate's DER (self-issued, its signature `f`'s bytes): the classic trap of a PEM body
 * that is base64 DER but no key.
 */
export function certificateDer(publicKey: KeyObject, f: Fake): Buffer {
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const t = (tag: number, ...parts: Uint8Array[]) => derElement(tag, ...parts);
  const hex = (h: string) => Buffer.from(h, 'hex');
  // sha256WithRSAEncryption, NULL parameters; CN=demo.internal; UTCTime validity.
  const alg = t(0x30, t(6, hex('2a864886f70d01010b')), t(5));
  const name = t(0x30, t(0x31, t(0x30, t(6, hex('550403')), t(12, Buffer.from('demo.internal')))));
  const validity = t(
    0x30,
    t(0x17, Buffer.from('240101000000Z')),
    t(0x17, Buffer.from('340101000000Z')),
  );
  const serial = t(2, hex('01'), fakeBytes(f, 15));
  const tbs = t(0x30, t(0xa0, t(2, hex('02'))), serial, alg, name, validity, name, spki);
  return t(0x30, tbs, alg, t(3, hex('00'), fakeBytes(f, 256)));
}
