/** Bech32 (BIP 173) checksum, used by age secret keys. https://github.com/bitcoin/bips/blob/master/bip-0173.mediawiki */

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i] as number;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

export interface Bech32 {
  hrp: string;
  data: number[];
  variant: 'bech32' | 'bech32m';
}

const BECH32M_CONST = 0x2bc830a3;

/** Decodes a Bech32 or Bech32m string (BIP 173 / BIP 350 rules), or null when invalid. */
export function bech32Decode(text: string): Bech32 | null {
  if (text.length > 90) return null;
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 33 || c > 126) return null;
  }
  const s = text.toLowerCase();
  const sep = s.lastIndexOf('1');
  if (sep < 1 || sep + 7 > s.length) return null;
  const data: number[] = [];
  for (const c of s.slice(sep + 1)) {
    const v = CHARSET.indexOf(c);
    if (v < 0) return null;
    data.push(v);
  }
  const hrp = s.slice(0, sep);
  const check = polymod([...hrpExpand(hrp), ...data]);
  const variant = check === 1 ? 'bech32' : check === BECH32M_CONST ? 'bech32m' : null;
  return variant ? { hrp, data: data.slice(0, -6), variant } : null;
}

/** True for a valid Bech32 string (single case, checksum constant 1). */
export function isBech32(text: string): boolean {
  return bech32Decode(text)?.variant === 'bech32';
}

/** Appends a valid checksum; used to build examples at run time. */
export function bech32Encode(hrp: string, data: number[]): string {
  const values = [...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0];
  const mod = polymod(values) ^ 1;
  const checksum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...checksum].map((v) => CHARSET[v]).join('');
}
