// An OpenPGP transferable secret key (Ed25519, unencrypted) as `gpg --export-secret-keys
// --armor` prints it: secret-key packet, user id, positive self-certification, ASCII armour
// with its CRC-24. Built from the packet layouts of RFC 4880 (§4.2, §5.2.3, §5.2.4, §5.5.3,
// §6) and the EdDSA key and signature fields of RFC 9580 (§5.5.5.5, §5.2.3.3).
import { createHash, sign, type KeyObject } from 'node:crypto';
import { armour, PRIVATE_KEY, wrap } from './encoding.ts';

const ED25519_OID = Buffer.from('2b06010401da470f01', 'hex');

function packet(tag: number, body: Buffer): Buffer {
  const n = body.length;
  let len: Buffer;
  if (n < 192) len = Buffer.from([n]);
  else if (n < 8384) len = Buffer.from([((n - 192) >> 8) + 192, (n - 192) & 0xff]);
  else len = Buffer.from([0xff, n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
  return Buffer.concat([Buffer.from([0xc0 | tag]), len, body]);
}

function mpi(unsigned: Buffer): Buffer {
  let i = 0;
  while (i < unsigned.length - 1 && unsigned[i] === 0) i++;
  const b = unsigned.subarray(i);
  const bits = (b.length - 1) * 8 + (32 - Math.clz32(b[0] as number));
  return Buffer.concat([Buffer.from([bits >> 8, bits & 0xff]), b]);
}

function be32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

function subpacket(type: number, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from([data.length + 1, type]), data]);
}

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

/** An armoured PGP private key block for an Ed25519 key, self-signed for `userId`. */
export function pgpPrivateKeyBlock(key: KeyObject, userId: string, created: number): string {
  const jwk = key.export({ format: 'jwk' }) as Record<string, string>;
  const pub = Buffer.from(jwk.x as string, 'base64url');
  const seed = Buffer.from(jwk.d as string, 'base64url');
  const publicBody = Buffer.concat([
    Buffer.from([4]),
    be32(created),
    Buffer.from([22, ED25519_OID.length]),
    ED25519_OID,
    mpi(Buffer.concat([Buffer.from([0x40]), pub])),
  ]);
  const secret = mpi(seed);
  let sum = 0;
  for (const byte of secret) sum = (sum + byte) & 0xffff;
  const secretBody = Buffer.concat([
    publicBody,
    Buffer.from([0]),
    secret,
    Buffer.from([sum >> 8, sum & 0xff]),
  ]);

  const keyHashInput = Buffer.concat([
    Buffer.from([0x99, publicBody.length >> 8, publicBody.length & 0xff]),
    publicBody,
  ]);
  const fingerprint = createHash('sha1').update(keyHashInput).digest();
  const uid = Buffer.from(userId);
  const hashed = Buffer.concat([
    subpacket(33, Buffer.concat([Buffer.from([4]), fingerprint])),
    subpacket(2, be32(created)),
    subpacket(27, Buffer.from([0x03])),
    subpacket(11, Buffer.from([9, 8, 7])),
    subpacket(21, Buffer.from([10, 9, 8])),
  ]);
  const sigHead = Buffer.concat([
    Buffer.from([4, 0x13, 22, 8, hashed.length >> 8, hashed.length & 0xff]),
    hashed,
  ]);
  const digest = createHash('sha256')
    .update(keyHashInput)
    .update(Buffer.concat([Buffer.from([0xb4]), be32(uid.length), uid]))
    .update(sigHead)
    .update(Buffer.concat([Buffer.from([4, 0xff]), be32(sigHead.length)]))
    .digest();
  const signature = sign(null, digest, key);
  const unhashed = subpacket(16, fingerprint.subarray(12));
  const sigBody = Buffer.concat([
    sigHead,
    Buffer.from([unhashed.length >> 8, unhashed.length & 0xff]),
    unhashed,
    digest.subarray(0, 2),
    mpi(signature.subarray(0, 32)),
    mpi(signature.subarray(32)),
  ]);

  const data = Buffer.concat([packet(5, secretBody), packet(13, uid), packet(2, sigBody)]);
  const crc = crc24(data);
  const check = Buffer.from([crc >> 16, (crc >> 8) & 0xff, crc & 0xff]).toString('base64');
  return armour(`PGP ${PRIVATE_KEY} BLOCK`, `\n${wrap(data.toString('base64'), 64)}\n=${check}`);
}
