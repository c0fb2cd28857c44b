// Real private keys, made with node:crypto when the corpus is built; none is stored in the
// repository. EC, Ed25519, Ed448 and X25519 keys are derived from the seeded generator (their
// private scalar is the generator's output), so they are the same on every run. RSA and DSA
// keys need primes, which node:crypto only makes from its own randomness: they are generated
// once per seed and process and cached, so that a corpus is identical within a run (ids,
// templates, counts and label structure never depend on them).
import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { armour, PRIVATE_KEY, wrap } from './encoding.ts';
import { opensshPrivateKey } from './openssh.ts';
import { pgpPrivateKeyBlock } from './pgp.ts';
import { puttyPrivateKey } from './putty.ts';
import type { Rng } from './rng.ts';

export interface KeyKind {
  kind: string;
  make(r: Rng): string;
}

const strip = (pem: string | Buffer) => String(pem).trimEnd();

// DER prefixes for a private key whose scalar we supply (RFC 5915 ECPrivateKey; RFC 8410
// OneAsymmetricKey for the Edwards and Montgomery curves).
const CURVES = {
  'P-256': { size: 32, oid: '06082a8648ce3d030107' },
  'P-384': { size: 48, oid: '06052b81040022' },
  'P-521': { size: 66, oid: '06052b81040023' },
  secp256k1: { size: 32, oid: '06052b8104000a' },
} as const;

function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  if (n < 0x100) return Buffer.from([0x81, n]);
  return Buffer.from([0x82, n >> 8, n & 0xff]);
}

function tlv(tag: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), derLength(body.length), body]);
}

export function ecKey(r: Rng, curve: keyof typeof CURVES): KeyObject {
  const { size, oid } = CURVES[curve];
  const d = Buffer.from(r.bytes(size));
  // Keep the scalar below the group order: clear the top bits (P-521's order starts 0x01ff).
  d[0] = curve === 'P-521' ? 0 : (d[0] as number) & 0x7f;
  d[size - 1] = (d[size - 1] as number) | 1;
  const der = tlv(
    0x30,
    Buffer.concat([Buffer.from('020101', 'hex'), tlv(0x04, d), tlv(0xa0, Buffer.from(oid, 'hex'))]),
  );
  // Round-trip through JWK so that the exported key carries its public point, as real ones do.
  const jwk = createPrivateKey({ key: der, format: 'der', type: 'sec1' }).export({ format: 'jwk' });
  return createPrivateKey({ key: jwk, format: 'jwk' });
}

export function edKey(r: Rng, type: 'ed25519' | 'ed448' | 'x25519'): KeyObject {
  const spec = { ed25519: ['2b6570', 32], ed448: ['2b6571', 57], x25519: ['2b656e', 32] } as const;
  const [oid, size] = spec[type];
  const algorithm = tlv(0x30, tlv(0x06, Buffer.from(oid, 'hex')));
  const der = tlv(
    0x30,
    Buffer.concat([
      Buffer.from('020100', 'hex'),
      algorithm,
      tlv(0x04, tlv(0x04, Buffer.from(r.bytes(size)))),
    ]),
  );
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

/** A minimal DER reader for the one structure we must take apart (a DSA PKCS#8 key). */
function readTlv(buf: Buffer, at: number): { tag: number; start: number; end: number } {
  const tag = buf[at] as number;
  let len = buf[at + 1] as number;
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (buf[start + i] as number);
    start += n;
  }
  return { tag, start, end: start + len };
}

function children(buf: Buffer, outer: { start: number; end: number }) {
  const out = [];
  for (let at = outer.start; at < outer.end;) {
    const t = readTlv(buf, at);
    out.push(t);
    at = t.end;
  }
  return out;
}

const toBig = (b: Buffer) => BigInt('0x' + (b.toString('hex') || '0'));

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

function derInt(v: bigint): Buffer {
  let hex = v.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  let b = Buffer.from(hex, 'hex');
  if ((b[0] as number) & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}

/** OpenSSL's traditional "DSA PRIVATE KEY": SEQUENCE { 0, p, q, g, y, x }, which node cannot write. */
function dsaTraditional(key: KeyObject): string {
  const der = key.export({ format: 'der', type: 'pkcs8' });
  const [, algorithm, privateOctets] = children(der, readTlv(der, 0));
  const [, params] = children(der, algorithm as { start: number; end: number });
  const [p, q, g] = children(der, params as { start: number; end: number }).map((t) =>
    toBig(der.subarray(t.start, t.end)),
  );
  const inner = readTlv(der, (privateOctets as { start: number }).start);
  const x = toBig(der.subarray(inner.start, inner.end));
  const y = modPow(g as bigint, x, p as bigint);
  const body = tlv(
    0x30,
    Buffer.concat([derInt(0n), ...[p, q, g, y, x].map((v) => derInt(v as bigint))]),
  );
  return armour(`DSA ${PRIVATE_KEY}`, wrap(body.toString('base64'), 64));
}

interface Pool {
  rsa: Map<number, KeyObject[]>;
  dsa: KeyObject[];
}

const pools = new Map<number, Pool>();

function pool(seed: number): Pool {
  let p = pools.get(seed);
  if (!p) {
    const rsa = new Map<number, KeyObject[]>();
    for (const [bits, n] of [
      [1024, 1],
      [2048, 2],
      [3072, 1],
      [4096, 1],
    ] as const) {
      rsa.set(
        bits,
        Array.from(
          { length: n },
          () => generateKeyPairSync('rsa', { modulusLength: bits }).privateKey,
        ),
      );
    }
    const dsa = [
      generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 }).privateKey,
      generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).privateKey,
    ];
    p = { rsa, dsa };
    pools.set(seed, p);
  }
  return p;
}

// Encryption draws a random salt and IV; remembering each result keeps a seed's corpus the
// same from one call to the next.
const encryptedCache = new Map<string, string>();

function encrypted(
  k: KeyObject,
  type: 'pkcs1' | 'pkcs8',
  cipher: string,
  passphrase: string,
): string {
  const id = `${k.export({ format: 'der', type: 'pkcs8' }).toString('base64')}|${type}|${cipher}|${passphrase}`;
  let pem = encryptedCache.get(id);
  if (!pem) {
    pem = strip(k.export({ format: 'pem', type, cipher, passphrase }));
    encryptedCache.set(id, pem);
  }
  return pem;
}

const PASS = ['correct-horse', 'Tr0ub4dor&3', 'k9#Lm2!xQ', 'hunter2hunter2'];

/** Every private-key kind, each as it is usually written. Encrypted PEMs are still private keys. */
export function keyKinds(seed: number): KeyKind[] {
  const p = pool(seed);
  const rsa = (bits: number, r: Rng) => r.pick(p.rsa.get(bits) as KeyObject[]);
  const comment = (r: Rng) =>
    `${r.pick(['deploy', 'ci', 'alice', 'build-bot', 'root'])}@${r.pick(['laptop', 'bastion', 'runner-7', 'prod-db-1'])}`;
  const pem = (k: KeyObject, type: 'pkcs1' | 'pkcs8' | 'sec1') =>
    strip(k.export({ format: 'pem', type }));
  const enc = (k: KeyObject, type: 'pkcs1' | 'pkcs8', r: Rng) =>
    encrypted(k, type, r.pick(['aes-256-cbc', 'aes-128-cbc', 'des-ede3-cbc']), r.pick(PASS));
  return [
    ...[1024, 2048, 3072, 4096].map((bits) => ({
      kind: `rsa-${bits}-pkcs1`,
      make: (r: Rng) => pem(rsa(bits, r), 'pkcs1'),
    })),
    ...[2048, 4096].map((bits) => ({
      kind: `rsa-${bits}-pkcs8`,
      make: (r: Rng) => pem(rsa(bits, r), 'pkcs8'),
    })),
    { kind: 'rsa-2048-pkcs1-encrypted', make: (r) => enc(rsa(2048, r), 'pkcs1', r) },
    { kind: 'rsa-2048-pkcs8-encrypted', make: (r) => enc(rsa(2048, r), 'pkcs8', r) },
    ...(['P-256', 'P-384', 'P-521', 'secp256k1'] as const).map((c) => ({
      kind: `ec-${c.toLowerCase()}-sec1`,
      make: (r: Rng) => pem(ecKey(r, c), 'sec1'),
    })),
    ...(['P-256', 'P-384', 'P-521'] as const).map((c) => ({
      kind: `ec-${c.toLowerCase()}-pkcs8`,
      make: (r: Rng) => pem(ecKey(r, c), 'pkcs8'),
    })),
    { kind: 'ec-p-256-pkcs8-encrypted', make: (r) => enc(ecKey(r, 'P-256'), 'pkcs8', r) },
    { kind: 'ed25519-pkcs8', make: (r) => pem(edKey(r, 'ed25519'), 'pkcs8') },
    { kind: 'ed448-pkcs8', make: (r) => pem(edKey(r, 'ed448'), 'pkcs8') },
    { kind: 'x25519-pkcs8', make: (r) => pem(edKey(r, 'x25519'), 'pkcs8') },
    { kind: 'dsa-traditional', make: (r) => dsaTraditional(r.pick(p.dsa)) },
    { kind: 'dsa-pkcs8', make: (r) => pem(r.pick(p.dsa), 'pkcs8') },
    {
      kind: 'pgp-ed25519',
      make: (r) =>
        pgpPrivateKeyBlock(
          edKey(r, 'ed25519'),
          `${r.pick(['Build Bot', 'Release Signing', 'Priya Raman', 'Deploy Key'])} <${r.pick(['build', 'release', 'priya', 'ops'])}@${r.pick(['acme.io', 'example.com'])}>`,
          1600000000 + r.int(1e8),
        ),
    },
    { kind: 'openssh-ed25519', make: (r) => opensshPrivateKey(edKey(r, 'ed25519'), r, comment(r)) },
    {
      kind: 'openssh-ecdsa-p256',
      make: (r) => opensshPrivateKey(ecKey(r, 'P-256'), r, comment(r)),
    },
    {
      kind: 'openssh-ecdsa-p384',
      make: (r) => opensshPrivateKey(ecKey(r, 'P-384'), r, comment(r)),
    },
    {
      kind: 'openssh-ecdsa-p521',
      make: (r) => opensshPrivateKey(ecKey(r, 'P-521'), r, comment(r)),
    },
    { kind: 'openssh-rsa-2048', make: (r) => opensshPrivateKey(rsa(2048, r), r, comment(r)) },
    { kind: 'openssh-rsa-3072', make: (r) => opensshPrivateKey(rsa(3072, r), r, comment(r)) },
  ];
}

/** The RSA and EC keys of a seed, for negatives that show their public halves. */
export function publicKeySources(seed: number, r: Rng): KeyObject[] {
  const p = pool(seed);
  return [rsa2048(p, r), ecKey(r, 'P-256'), ecKey(r, 'P-384'), edKey(r, 'ed25519')];
}

function rsa2048(p: Pool, r: Rng): KeyObject {
  return r.pick(p.rsa.get(2048) as KeyObject[]);
}

/** PuTTY .ppk files: only their private lines are the secret, so they carry a span. */
export function puttyKinds(
  seed: number,
): { kind: string; make(r: Rng): { text: string; span: [number, number] } }[] {
  const p = pool(seed);
  const comment = (kind: string, r: Rng) =>
    `${kind}-key-2025${String(r.range(1, 12)).padStart(2, '0')}${String(r.range(1, 28)).padStart(2, '0')}`;
  return [
    {
      kind: 'putty-ed25519-v3',
      make: (r) => puttyPrivateKey(edKey(r, 'ed25519'), comment('eddsa', r), 3),
    },
    {
      kind: 'putty-ecdsa-p256-v3',
      make: (r) => puttyPrivateKey(ecKey(r, 'P-256'), comment('ecdsa', r), 3),
    },
    {
      kind: 'putty-rsa-2048-v3',
      make: (r) => puttyPrivateKey(rsa2048(p, r), comment('rsa', r), 3),
    },
    {
      kind: 'putty-rsa-2048-v2',
      make: (r) => puttyPrivateKey(rsa2048(p, r), comment('rsa', r), 2),
    },
  ];
}
