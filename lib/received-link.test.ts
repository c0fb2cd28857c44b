import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLinkServer, type LinkServer } from '../test/e2e/link-server';
import { startPrivateBin, type RunningPrivateBin } from '../test/server/privatebin-server';
import { buildLink, createSecret } from './link-crypto';
import { createPrivateBinLink, privateBinLink, sealPaste } from './privatebin-client';
import { parseReceivedLink, takeReceivedSecret, type ReceivedLink } from './received-link';
import { OpenError, type HeldSecret } from './received-secret';
import { createLink } from './share-client';

// Not credential-shaped on purpose: the repository must hold none. Unicode checks the UTF-8 path.
const secret = ['line one', 'ключ ✓ 鍵', 'y'.repeat(40)].join('\n');

function parsed(link: string): ReceivedLink {
  const found = parseReceivedLink(link);
  if (!found) throw new Error('not a received link');
  return found;
}

async function held(link: string): Promise<HeldSecret> {
  const result = await takeReceivedSecret(parsed(link));
  if (result.kind !== 'held') throw new Error(`expected a held secret, got ${result.kind}`);
  return result.secret;
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'opened',
    (error: unknown) => (error instanceof OpenError ? error.code : 'other'),
  );

describe('links from a Keywarden server', () => {
  let server: LinkServer;
  beforeAll(async () => {
    server = await startLinkServer();
  });
  afterAll(() => server?.close());

  it('opens once, then says it is gone', async () => {
    const { url } = await createLink(secret, { server: server.url });
    const first = await held(url);
    expect(first.passphrase).toBe('none');
    expect(first.viewsLeft).toBe(0);
    expect(await first.open()).toEqual({ text: secret, files: [] });
    expect(await takeReceivedSecret(parsed(url))).toEqual({ kind: 'gone' });
  });

  it('keeps the payload for another try after a wrong passphrase', async () => {
    const { url } = await createLink(secret, { server: server.url, passphrase: 'correct horse' });
    const taken = await held(url);
    expect(taken.passphrase).toBe('required');
    expect(await failureOf(taken.open('wrong'))).toBe('wrong-passphrase');
    expect((await taken.open('correct horse')).text).toBe(secret);
  });

  it('calls a link with the wrong key broken, and says so without the key', async () => {
    const { url } = await createLink(secret, { server: server.url });
    const other = await createSecret('another');
    const link = parsed(url);
    const wrongKey = buildLink(server.url, link.id, other.key);
    const taken = await held(wrongKey);
    const error = await taken.open().catch((e: unknown) => e as OpenError);
    expect((error as OpenError).code).toBe('broken');
    expect(String((error as Error).message)).not.toContain(other.key);
  });

  it('tells an unreachable server from a gone secret', async () => {
    const { url } = await createLink(secret, { server: server.url });
    const closed = await startLinkServer();
    await closed.close();
    const unreachable = url.replace(server.url, closed.url);
    const result = await takeReceivedSecret(parsed(unreachable));
    expect(result.kind).toBe('error');
  });
});

describe('links from PrivateBin 2.0.6 under php', () => {
  let pb: RunningPrivateBin;
  beforeAll(async () => {
    pb = await startPrivateBin();
  }, 30_000);
  afterAll(() => pb?.stop());

  /** Posts a paste as PrivateBin's own page does: compressed with raw deflate by default. */
  async function postPaste(text: string, options: { password?: string; burn?: 0 | 1 } = {}) {
    const key = crypto.getRandomValues(new Uint8Array(32));
    const sealed = await sealPaste(text, key, options.password, {
      compress: (bytes) => new Uint8Array(deflateRawSync(bytes)),
      burnAfterReading: options.burn ?? 1,
    });
    const response = await fetch(`${pb.url}/`, {
      method: 'POST',
      headers: { 'X-Requested-With': 'JSONHttpRequest' },
      body: JSON.stringify({ v: 2, ...sealed, meta: { expire: '1day' } }),
    });
    const { id } = (await response.json()) as { id: string };
    return privateBinLink(pb.url, id, key);
  }

  it('opens a paste our own client made, once', async () => {
    const { url } = await createPrivateBinLink(secret, { server: pb.url });
    const taken = await held(url);
    expect(taken.viewsLeft).toBe(0);
    expect((await taken.open()).text).toBe(secret);
    expect(await takeReceivedSecret(parsed(url))).toEqual({ kind: 'gone' });
  });

  it('opens a compressed paste, and asks for the password only when decrypting fails', async () => {
    const link = await postPaste(secret, { password: 'pässwörd' });
    const taken = await held(link);
    expect(taken.passphrase).toBe('unknown');
    expect(await failureOf(taken.open())).toBe('broken');
    expect(await failureOf(taken.open('wrong'))).toBe('wrong-passphrase');
    expect((await taken.open('pässwörd')).text).toBe(secret);
  });

  it('says a paste that does not burn stays on the server', async () => {
    const link = await postPaste(secret, { burn: 0 });
    const taken = await held(link);
    expect(taken.viewsLeft).toBe('until-expiry');
    expect((await held(link)).viewsLeft).toBe('until-expiry');
  });

  it('refuses a paste whose key derivation a hostile server stretched', async () => {
    const { url } = await createPrivateBinLink(secret, { server: pb.url });
    const link = parsed(url);
    const real = globalThis.fetch;
    const stretched: typeof fetch = async (input, init) => {
      const body = (await (await real(input, init)).json()) as { adata: [unknown[]] };
      body.adata[0][2] = 50_000_000;
      return new Response(JSON.stringify(body), {
        headers: { 'Content-Type': 'application/json' },
      });
    };
    globalThis.fetch = stretched;
    try {
      expect((await takeReceivedSecret(link)).kind).toBe('error');
    } finally {
      globalThis.fetch = real;
    }
  });
});

it('reads both kinds of link, and nothing else', () => {
  const key = 'k'.repeat(43);
  expect(parseReceivedLink(` https://links.example/s#${'i'.repeat(22)}.${key}\n`)).toMatchObject({
    kind: 'keywarden',
    server: 'https://links.example',
  });
  const paste = privateBinLink(
    'https://pb.example/bin',
    'ab12'.repeat(4),
    new Uint8Array(32).fill(7),
  );
  expect(parseReceivedLink(paste)).toMatchObject({
    kind: 'privatebin',
    server: 'https://pb.example/bin',
  });
  for (const other of [
    'https://example.com/page?x=1',
    'https://links.example/s#short.key',
    `https://links.example/s#${'i'.repeat(22)}.${key}${'/'.repeat(3000)}`,
    'javascript:alert(1)',
    '',
  ]) {
    expect(parseReceivedLink(other)).toBeUndefined();
  }
});
