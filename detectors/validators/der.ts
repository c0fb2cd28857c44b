/**
 * Just enough DER to tell a private key from other base64: one element's tag and length, and the
 * outline of a SEQUENCE's children. Hand-written rather than an ASN.1 library because the content
 * script ships these validators and has almost no room left under its 100 KB budget.
 * https://www.itu.int/rec/T-REC-X.690 (§8.1.3 lengths, §10.1 DER's definite form)
 */

/** Big-endian unsigned integer of `n` bytes at `p` of a binary string; NaN past its end. */
export function readUint(d: string, p: number, n: number): number {
  let v = 0;
  while (n-- > 0) v = v * 256 + d.charCodeAt(p++);
  return v;
}

/**
 * The DER element at `p`: [tag, start of contents, end of contents], or undefined when its
 * length runs past `end` or is not DER's definite form.
 */
export function element(d: string, p: number, end: number): [number, number, number] | undefined {
  let len = d.charCodeAt(p + 1);
  let q = p + 2;
  if (len > 127) {
    // Long form: the low bits count the length octets. 0x80 is BER's indefinite length, and four
    // octets (4 GB) is no key.
    const n = len - 128;
    if (n < 1 || n > 3) return undefined;
    len = readUint(d, q, n);
    q += n;
  }
  return q + len <= end ? [d.charCodeAt(p), q, q + len] : undefined;
}

/**
 * The outline of `d` when it is exactly one SEQUENCE (its length agrees with the data): one
 * `,tag:byte` per child, the byte being the first of its contents, which is enough to read a
 * version INTEGER (`,2:0`) or the first tag inside a SEQUENCE (`,48:6` for an OID). An
 * RSAPrivateKey reads `,2:0,2:0,2:1,2:…`.
 */
export function outline(d: string): string | undefined {
  const top = element(d, 0, d.length);
  if (top?.[0] !== 0x30 || top[2] !== d.length) return undefined;
  let out = '';
  for (let p = top[1]; p < d.length;) {
    const child = element(d, p, d.length);
    if (!child) return undefined;
    out += `,${child[0]}:${d.charCodeAt(child[1])}`;
    p = child[2];
  }
  return out;
}
