// OpenSSH's own private key format ("openssh-key-v1"), built from a key's raw numbers as
// openssh-portable's PROTOCOL.key lays it out, since node:crypto does not export it:
// https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key
import type { KeyObject } from 'node:crypto';
import { armour, PRIVATE_KEY, wrap } from './encoding.ts';
import type { Rng } from './rng.ts';

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

/** An SSH "string": uint32 length then the bytes (RFC 4251 §5). */
function str(data: Buffer | string): Buffer {
  const b = typeof data === 'string' ? Buffer.from(data) : data;
  return Buffer.concat([u32(b.length), b]);
}

/** An SSH "mpint": big-endian two's complement, no needless leading zeros (RFC 4251 §5). */
function mpint(unsigned: Buffer): Buffer {
  let i = 0;
  while (i < unsigned.length - 1 && unsigned[i] === 0) i++;
  let b = unsigned.subarray(i);
  if ((b[0] as number) & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return str(b);
}

const fromJwk = (v: unknown) => Buffer.from(String(v), 'base64url');

interface Parts {
  type: string;
  publicBlob: Buffer;
  privateFields: Buffer;
}

function parts(key: KeyObject): Parts {
  const jwk = key.export({ format: 'jwk' }) as Record<string, string>;
  if (key.asymmetricKeyType === 'ed25519') {
    const pub = fromJwk(jwk.x);
    const type = 'ssh-ed25519';
    // The private part is the 32-byte seed followed by the 32-byte public key.
    return {
      type,
      publicBlob: Buffer.concat([str(type), str(pub)]),
      privateFields: Buffer.concat([str(pub), str(Buffer.concat([fromJwk(jwk.d), pub]))]),
    };
  }
  if (key.asymmetricKeyType === 'ec') {
    const curve = { 'P-256': 'nistp256', 'P-384': 'nistp384', 'P-521': 'nistp521' }[
      jwk.crv as string
    ];
    if (!curve) throw new Error(`no OpenSSH name for ${jwk.crv}`);
    const type = `ecdsa-sha2-${curve}`;
    const q = Buffer.concat([Buffer.from([4]), fromJwk(jwk.x), fromJwk(jwk.y)]);
    return {
      type,
      publicBlob: Buffer.concat([str(type), str(curve), str(q)]),
      privateFields: Buffer.concat([str(curve), str(q), mpint(fromJwk(jwk.d))]),
    };
  }
  if (key.asymmetricKeyType === 'rsa') {
    const type = 'ssh-rsa';
    const [n, e, d, p, q, qi] = ['n', 'e', 'd', 'p', 'q', 'qi'].map((f) =>
      fromJwk(jwk[f]),
    ) as Buffer[];
    return {
      type,
      publicBlob: Buffer.concat([str(type), mpint(e as Buffer), mpint(n as Buffer)]),
      privateFields: Buffer.concat([
        mpint(n as Buffer),
        mpint(e as Buffer),
        mpint(d as Buffer),
        mpint(qi as Buffer),
        mpint(p as Buffer),
        mpint(q as Buffer),
      ]),
    };
  }
  throw new Error(`unsupported key type ${key.asymmetricKeyType}`);
}

/** An unencrypted OpenSSH private key, armoured as `ssh-keygen` writes it. */
export function opensshPrivateKey(key: KeyObject, r: Rng, comment: string): string {
  const { type, publicBlob, privateFields } = parts(key);
  const check = u32(r.u32());
  let priv = Buffer.concat([check, check, str(type), privateFields, str(comment)]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    str('none'),
    str('none'),
    str(''),
    u32(1),
    str(publicBlob),
    str(priv),
  ]);
  return armour(`OPENSSH ${PRIVATE_KEY}`, wrap(body.toString('base64'), 70));
}

/** The matching `authorized_keys` line: public, so a negative. */
export function opensshPublicKey(key: KeyObject, comment: string): string {
  const { type, publicBlob } = parts(key);
  return `${type} ${publicBlob.toString('base64')} ${comment}`;
}
