/**
 * Reading a PrivateBin paste for a recipient who has Keywarden. Only the paste's JSON is fetched;
 * PrivateBin's page, and the decryption code its server would send with it, never load.
 */
import { z } from 'zod';
import { GONE, openPaste, privateBinHeaders, type PasteAdata } from './privatebin-client';
import { OpenError, type TakeResult } from './received-secret';
import { call, ShareError } from './share-client';

// PrivateBin's default size limit is 10 MB, sent base64-encoded inside the JSON answer.
const MAX_PASTE_ANSWER_BYTES = 16 * 1024 * 1024;
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const bit = z.union([z.literal(0), z.literal(1)]);
// Bounds a hostile server could otherwise stretch: PBKDF2 rounds freeze the page, so allow ten
// times PrivateBin's own 100,000 and no more.
const specSchema = z.tuple([
  base64.max(64),
  base64.max(64),
  z.int().min(1).max(1_000_000),
  z.union([z.literal(128), z.literal(192), z.literal(256)]),
  z.union([32, 64, 96, 104, 112, 120, 128].map((n) => z.literal(n))),
  z.literal('aes'),
  z.literal('gcm'),
  z.enum(['none', 'zlib']),
]);
const pasteSchema = z.object({
  status: z.literal(0),
  v: z.literal(2),
  ct: base64.max(MAX_PASTE_ANSWER_BYTES),
  adata: z.tuple([specSchema, z.string().max(64), bit, bit]),
});
const replySchema = z.object({ status: z.literal(1), message: z.string().max(500) });

const unexpected = { kind: 'error', reason: 'not-privatebin' } as const;

/**
 * Reads the paste, which burns a burn-after-reading one, and holds its ciphertext for
 * decryption. Whether a password is needed shows only when decrypting without one fails.
 */
export async function takePrivateBinPaste(link: {
  server: string;
  id: string;
  key: Uint8Array;
}): Promise<TakeResult> {
  let answer: { status: number; body: unknown };
  try {
    // Plain http too: only ciphertext crosses, and no code from the server runs here.
    answer = await call(
      { server: link.server, allowInsecure: true },
      `/?pasteid=${link.id}`,
      { method: 'GET', headers: privateBinHeaders },
      MAX_PASTE_ANSWER_BYTES,
    );
  } catch (error) {
    return error instanceof ShareError && error.code === 'network'
      ? { kind: 'error', reason: 'unreachable' }
      : unexpected;
  }
  const paste = pasteSchema.safeParse(answer.body);
  if (!paste.success) {
    const reply = replySchema.safeParse(answer.body);
    // Its other refusals are not shown: text from the server has no place in our own page.
    return reply.success && reply.data.message === GONE ? { kind: 'gone' } : unexpected;
  }
  const sealed = { ct: paste.data.ct, adata: paste.data.adata as PasteAdata };
  return {
    kind: 'held',
    secret: {
      passphrase: 'unknown',
      viewsLeft: sealed.adata[3] === 1 ? 0 : 'until-expiry',
      async open(passphrase) {
        try {
          return await openPaste(sealed, link.key, passphrase ?? '');
        } catch {
          // GCM cannot tell a wrong password from an altered paste; PrivateBin asks again too.
          throw new OpenError(passphrase ? 'wrong-passphrase' : 'broken');
        }
      },
    },
  };
}
