/**
 * Marvin32, the seeded checksum Microsoft's identifiable secrets embed.
 * https://github.com/microsoft/security-utilities (Marvin.cs, IdentifiableSecrets.cs)
 */

function rotl(x: number, n: number): number {
  return ((x << n) | (x >>> (32 - n))) >>> 0;
}

/** The 64-bit Marvin hash of `data` as [low, high] 32-bit halves. */
export function marvin64(data: Uint8Array, seed: bigint): [number, number] {
  let p0 = Number(seed & 0xffffffffn);
  let p1 = Number((seed >> 32n) & 0xffffffffn);
  const block = () => {
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 20);
    p0 = (p0 + p1) >>> 0;
    p1 = rotl(p1, 9);
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 27);
    p0 = (p0 + p1) >>> 0;
    p1 = rotl(p1, 19);
  };
  const words = data.length >> 2;
  for (let i = 0; i < words; i++) {
    const o = i * 4;
    const w =
      ((data[o] as number) |
        ((data[o + 1] as number) << 8) |
        ((data[o + 2] as number) << 16) |
        ((data[o + 3] as number) << 24)) >>>
      0;
    p0 = (p0 + w) >>> 0;
    block();
  }
  const rest = data.length & 3;
  let partial = 0x80 << (8 * rest);
  for (let i = 0; i < rest; i++) partial |= (data[words * 4 + i] as number) << (8 * i);
  p0 = (p0 + (partial >>> 0)) >>> 0;
  block();
  block();
  return [p0, p1];
}

/** Marvin32: the 64-bit hash folded to 32 bits (high xor low), as an unsigned number. */
export function marvin32(data: Uint8Array, seed: bigint): number {
  const [lo, hi] = marvin64(data, seed);
  return (lo ^ hi) >>> 0;
}
