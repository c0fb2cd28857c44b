import { createHash, timingSafeEqual } from 'node:crypto';

const BEARER = /^Bearer +(\S{1,1024})$/i;
const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * A check of an `Authorization: Bearer …` header against `token` (never true when `token` is
 * unset). Both sides are hashed first, so the comparison takes the same time whatever the length
 * or the first differing character of what was sent.
 */
export function bearerCheck(token: string | undefined): (header: string | undefined) => boolean {
  if (!token) return () => false;
  const expected = digest(token);
  return (header) => {
    const sent = BEARER.exec(header ?? '')?.[1];
    return sent !== undefined && timingSafeEqual(digest(sent), expected);
  };
}
