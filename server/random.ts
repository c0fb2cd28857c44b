import { randomFillSync } from 'node:crypto';

// One getrandom call per 4 KiB instead of one per id or token (the way Node's randomUUID pools).
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let offset = 0;

/** `bytes` cryptographically random bytes as base64url; bytes handed out are wiped from the pool. */
export function randomBase64url(bytes: number): string {
  if (offset + bytes > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafe(Math.max(POOL_BYTES, bytes)));
    offset = 0;
  }
  const text = pool.toString('base64url', offset, offset + bytes);
  pool.fill(0, offset, offset + bytes);
  offset += bytes;
  return text;
}
