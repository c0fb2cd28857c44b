// PuTTY's .ppk private key files (versions 2 and 3, unencrypted), written from a key's raw
// numbers. Layout, private blobs and MAC as PuTTY reads them, following the public parser in
// github.com/kayrus/putty (putty.go, ed25519.go): v2 MACs with HMAC-SHA-1 under
// SHA-1("putty-private-key-file-mac-key"), v3 with HMAC-SHA-256 under an empty key when the
// file is not encrypted. The label policy labels "the private lines" of such a file.
import { createHash, createHmac, type KeyObject } from 'node:crypto';
import { wrap } from './encoding.ts';

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

const str = (data: Buffer | string) => {
  const b = typeof data === 'string' ? Buffer.from(data) : data;
  return Buffer.concat([u32(b.length), b]);
};

function mpint(unsigned: Buffer): Buffer {
  let i = 0;
  while (i < unsigned.length - 1 && unsigned[i] === 0) i++;
  let b = unsigned.subarray(i);
  if ((b[0] as number) & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return str(b);
}

const fromJwk = (v: unknown) => Buffer.from(String(v), 'base64url');

function blobs(key: KeyObject): { algo: string; pub: Buffer; priv: Buffer } {
  const jwk = key.export({ format: 'jwk' }) as Record<string, string>;
  if (key.asymmetricKeyType === 'ed25519') {
    const algo = 'ssh-ed25519';
    return {
      algo,
      pub: Buffer.concat([str(algo), str(fromJwk(jwk.x))]),
      priv: str(fromJwk(jwk.d)),
    };
  }
  if (key.asymmetricKeyType === 'rsa') {
    const algo = 'ssh-rsa';
    const [n, e, d, p, q, qi] = ['n', 'e', 'd', 'p', 'q', 'qi'].map((f) =>
      fromJwk(jwk[f]),
    ) as Buffer[];
    return {
      algo,
      pub: Buffer.concat([str(algo), mpint(e as Buffer), mpint(n as Buffer)]),
      priv: Buffer.concat([
        mpint(d as Buffer),
        mpint(p as Buffer),
        mpint(q as Buffer),
        mpint(qi as Buffer),
      ]),
    };
  }
  if (key.asymmetricKeyType === 'ec' && jwk.crv === 'P-256') {
    const algo = 'ecdsa-sha2-nistp256';
    const q = Buffer.concat([Buffer.from([4]), fromJwk(jwk.x), fromJwk(jwk.y)]);
    return {
      algo,
      pub: Buffer.concat([str(algo), str('nistp256'), str(q)]),
      priv: mpint(fromJwk(jwk.d)),
    };
  }
  throw new Error(`no PuTTY writer for ${key.asymmetricKeyType}`);
}

/** The .ppk text and the span of its private lines within it. */
export function puttyPrivateKey(
  key: KeyObject,
  comment: string,
  version: 2 | 3,
): { text: string; span: [number, number] } {
  const { algo, pub, priv } = blobs(key);
  const encryption = 'none';
  const macInput = Buffer.concat([str(algo), str(encryption), str(comment), str(pub), str(priv)]);
  const mac =
    version === 2
      ? createHmac('sha1', createHash('sha1').update('putty-private-key-file-mac-key').digest())
          .update(macInput)
          .digest('hex')
      : createHmac('sha256', Buffer.alloc(0)).update(macInput).digest('hex');
  const pubLines = wrap(pub.toString('base64'), 64);
  const privLines = wrap(priv.toString('base64'), 64);
  const head = `PuTTY-User-Key-File-${version}: ${algo}\nEncryption: ${encryption}\nComment: ${comment}\nPublic-Lines: ${pubLines.split('\n').length}\n${pubLines}\nPrivate-Lines: ${privLines.split('\n').length}\n`;
  return {
    text: `${head}${privLines}\nPrivate-MAC: ${mac}`,
    span: [head.length, head.length + privLines.length],
  };
}
