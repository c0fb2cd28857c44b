/**
 * Is a PEM, OpenSSH, SSH.com or PGP armored block really a private key? Its body is decoded and
 * must hold the structure its label names, whole: a key of any algorithm and size passes, while
 * random base64, elided docs samples and other objects under a private-key label do not.
 */
import { outline, readUint } from './der';

/**
 * What the outline (see `outline`) of each DER label, by its first word, must begin with.
 * RSA: PKCS#1 RSAPrivateKey { version 0 (1: multi-prime), n, e, d, p, q, dp, dq, qinv }
 * https://www.rfc-editor.org/rfc/rfc8017#appendix-A.1.2 — DSA: OpenSSL's { 0, p, q, g, y, x }.
 * EC: SEC1 ECPrivateKey { 1, privateKey OCTET STRING, … } https://www.rfc-editor.org/rfc/rfc5915
 * PKCS#8 OneAsymmetricKey { 0|1, AlgorithmIdentifier { OID, … }, privateKey OCTET STRING, … }
 * of any algorithm https://www.rfc-editor.org/rfc/rfc5958#section-2, and its encrypted form
 * { AlgorithmIdentifier { OID, … }, encryptedData OCTET STRING } (§3).
 */
const SHAPES: Record<string, RegExp> = {
  RSA: /^,2:[01](,2:\d+){8}/,
  DSA: /^,2:0(,2:\d+){5}$/,
  EC: /^,2:1,4/,
  PRIVATE: /^,2:[01],48:6,4/,
  ENCRYPTED: /^,48:6,4/,
};

/** Offset after `n` SSH strings (uint32 length, bytes) from `p`; past the end if they overrun. */
function sshStrings(d: string, p: number, n: number): number {
  while (n-- > 0 && p <= d.length) p += 4 + readUint(d, p, 4);
  return p;
}

/**
 * OpenPGP packets that tile the data exactly, the first one a Secret-Key packet (tag 5).
 * https://www.rfc-editor.org/rfc/rfc9580#section-4.2: a legacy header (bit 6 clear) has the tag
 * in bits 5–2 and 1, 2 or 4 length octets by bits 1–0 (3, indeterminate, frames only data); a
 * new one has one octet below 192, two below 224 (offset by 0xBF40), or 255 and four more
 * (224–254 are partial lengths, again only for data).
 */
function pgpSecretKey(d: string): boolean {
  let p = 0;
  while (p < d.length) {
    const b = d.charCodeAt(p);
    const o = d.charCodeAt(p + 1);
    const modern = b & 64;
    const n = modern ? (o < 192 ? 1 : o < 224 ? 2 : o > 254 ? 5 : 9) : 1 << (b & 3);
    // A first header of 0x94–0x96 (legacy) or 0xC5 (new) is a Secret-Key packet.
    if (b < 128 || n > 5 || (!p && (b | 3) !== 0x97 && b !== 0xc5)) return false;
    const len = readUint(d, p + 1, n);
    p += 1 + n + (modern && n > 1 ? len - (n > 2 ? 0xff00000000 : 0xbf40) : len);
  }
  return p === d.length;
}

/**
 * True when `block` (from its BEGIN line to its END line, as it stands in the text: plain,
 * JSON-escaped or indented) decodes to the private key its label names.
 *
 * The structure must account for every decoded byte. A paste cut off by a chat limit or a hasty
 * selection loses its END line and no block rule sees it; a body that is shorter than its own
 * length field with the END line kept was shortened on purpose (the first lines of a key in
 * documentation, a redacted log), exactly what a floor on the amount of base64 mistakes for keys.
 */
export function isPrivateKeyBlock(block: string): boolean {
  // The label's first word tells the kinds apart: RSA, DSA, EC, PRIVATE (PKCS#8), ENCRYPTED,
  // OPENSSH, SSH2, PGP.
  const [, label = '', body = ''] = /BEGIN (\w+)[A-Z0-9 ]*?-+([^]*?)-+ ?END/.exec(block) ?? [];
  let d: string;
  try {
    // Header lines (`Proc-Type:`, `Comment:`, `Version:`) and PGP's `=CRC` line are not key
    // material; atob drops the whitespace of line breaks and indentation.
    d = atob(body.replace(/\\+[nrt]/g, '\n').replace(/^.*:.*|^[ \t]*=.*|\\/gm, ''));
  } catch {
    return false;
  }
  if (label === 'OPENSSH') {
    // https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key: magic, cipher, kdf,
    // kdf options, key count N, N public keys, then the private section.
    const p = sshStrings(d, 15, 3);
    return (
      d.startsWith('openssh-key-v1\0') && sshStrings(d, p + 4, readUint(d, p, 4) + 1) === d.length
    );
  }
  // SSH.com: magic, total size, key type, cipher, key data.
  // https://git.tartarus.org/?p=simon/putty.git;a=blob;f=import.c ("read ssh.com private keys")
  if (label === 'SSH2')
    return (
      readUint(d, 0, 4) === 0x3f6ff9eb &&
      readUint(d, 4, 4) === d.length &&
      sshStrings(d, 8, 3) === d.length
    );
  if (label === 'PGP') return pgpSecretKey(d);
  // OpenSSL's legacy encryption: the body is ciphertext, whole blocks of the cipher, whose block
  // size is the IV's. https://www.rfc-editor.org/rfc/rfc1421#section-4.6.1.3
  const iv = /DEK-Info: ?[\w-]+,(\w{16}|\w{32})\b/.exec(block)?.[1];
  if (iv) return /4,ENCRYPTED/.test(block) && d.length > 0 && d.length % (iv.length / 2) === 0;
  return SHAPES[label]?.test(outline(d) ?? '') ?? false;
}
