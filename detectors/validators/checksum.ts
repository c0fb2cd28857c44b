/** Checksums that token formats embed, so a look-alike with a wrong checksum can be dropped. */

const CRC32_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE) of the string's UTF-8 bytes; tokens are ASCII, so char codes are the bytes. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc = (CRC32_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Fixed-width base62 in the 0-9A-Za-z order that GitHub and npm tokens use. */
export function toBase62(value: number, width: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < width; i++) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out;
}

/** Fixed-width lower-case base36, as in GitLab's routable tokens. */
export function toBase36(value: number, width: number): string {
  return value.toString(36).padStart(width, '0').slice(-width);
}

/** Fixed-width lower-case hex. */
export function toHex(value: number, width = 8): string {
  return value.toString(16).padStart(width, '0').slice(-width);
}
