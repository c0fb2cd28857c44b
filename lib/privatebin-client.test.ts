import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrivateBin, type RunningPrivateBin } from '../test/server/privatebin-server';
import {
  createPrivateBinLink,
  expireSeconds,
  openPaste,
  parsePrivateBinLink,
  pickExpire,
  privateBinExpireOptions,
  privateBinLink,
  revokePrivateBinLink,
  type PasteAdata,
} from './privatebin-client';
import { ShareError } from './share-client';

// Not credential-shaped on purpose: the repository must hold none. Unicode checks the UTF-8 path.
const secret = ['line one', 'ключ ✓ 鍵', 'x'.repeat(40)].join('\n');

/** Reads a paste through PrivateBin's JSON API, as its own page does; this burns it. */
async function readPaste(base: string, id: string) {
  const res = await fetch(`${base}/?${id}`, { headers: { 'X-Requested-With': 'JSONHttpRequest' } });
  return (await res.json()) as {
    status: number;
    ct: string;
    adata: PasteAdata;
    meta: { time_to_live?: number };
  };
}

function parsedLink(url: string) {
  const parsed = parsePrivateBinLink(url);
  if (!parsed) throw new Error('not a PrivateBin link');
  return parsed;
}

async function errorOf(promise: Promise<unknown>): Promise<ShareError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ShareError);
  return error as ShareError;
}

describe('against PrivateBin 2.0.6 under php', () => {
  let pb: RunningPrivateBin;
  beforeAll(async () => {
    pb = await startPrivateBin();
  }, 30_000);
  afterAll(() => pb?.stop());

  it('reads the instance’s expire options', async () => {
    expect(await privateBinExpireOptions({ server: pb.url })).toEqual([
      '5min',
      '10min',
      '1hour',
      '1day',
      '1week',
      '1month',
      '1year',
      'never',
    ]);
  });

  it('creates a burn-after-reading #- link that our code decrypts once', async () => {
    const link = await createPrivateBinLink(secret, { server: pb.url, expiresIn: 3600 });
    expect(link.url).toMatch(new RegExp(`^${pb.url.replace(/\/$/, '')}/\\?[a-f0-9]{16}#-`));
    const parsed = parsedLink(link.url);
    expect(parsed.id).toBe(link.id);
    const paste = await readPaste(parsed.base, link.id);
    expect(paste.status).toBe(0);
    expect(paste.adata.slice(1)).toEqual(['plaintext', 0, 1]);
    expect(paste.adata[0].slice(2)).toEqual([100_000, 256, 128, 'aes', 'gcm', 'none']);
    expect(paste.meta.time_to_live).toBeLessThanOrEqual(3600);
    expect((await openPaste(paste, parsed.key)).text).toBe(secret);
    expect((await readPaste(parsed.base, link.id)).status).toBe(1);
  });

  it('turns a passphrase into PrivateBin’s password', async () => {
    const link = await createPrivateBinLink(secret, {
      server: pb.url,
      passphrase: 'correct horse',
    });
    const { key } = parsedLink(link.url);
    const paste = await readPaste(pb.url.replace(/\/$/, ''), link.id);
    await expect(openPaste(paste, key)).rejects.toThrow();
    expect((await openPaste(paste, key, 'correct horse')).text).toBe(secret);
  });

  it('revokes with the delete token, and says when the paste was already gone', async () => {
    // A wrong token is refused (PrivateBin burns the paste while checking it, so use another).
    const other = await createPrivateBinLink(secret, { server: pb.url });
    const wrong = { server: pb.url, id: other.id, manageToken: 'ab'.repeat(32) };
    expect((await errorOf(revokePrivateBinLink(wrong))).code).toBe('rejected');
    const link = await createPrivateBinLink(secret, { server: pb.url });
    const manage = { server: pb.url, id: link.id, manageToken: link.manageToken };
    expect(await revokePrivateBinLink(manage)).toBe(true);
    expect(await revokePrivateBinLink(manage)).toBe(false);
    expect((await readPaste(pb.url.replace(/\/$/, ''), link.id)).status).toBe(1);
  });

  it('refuses more than one view before anything is sent', async () => {
    let calls = 0;
    const fetch = () => {
      calls++;
      return Promise.reject(new Error('no request expected'));
    };
    const error = await errorOf(createPrivateBinLink(secret, { server: pb.url, views: 2, fetch }));
    expect(error.message).toMatch(/1 view/);
    expect(calls).toBe(0);
  });

  it('keeps no secret, key or ciphertext in its errors', async () => {
    const fetch = () =>
      Promise.resolve(new Response(JSON.stringify({ status: 1, message: 'Invalid data.' })));
    const error = await errorOf(
      createPrivateBinLink(secret, { server: pb.url, fetch, expireOptions: ['1day'] }),
    );
    expect(error.message).toBe('The server rejected the request. Invalid data.');
    expect([error.reason, error.detail]).toEqual(['refused', 'Invalid data.']);
  });
});

it('maps the chosen expiry to the longest option the instance allows within it', () => {
  const all = ['5min', '10min', '1hour', '1day', '1week', '1month', '1year', 'never'];
  expect(pickExpire(all, 86_400)).toBe('1day');
  expect(pickExpire(all, 3 * 86_400)).toBe('1day');
  expect(pickExpire(all, 60)).toBe('5min');
  expect(pickExpire(['never', '1week'], 3600)).toBe('1week');
  expect(pickExpire(['never', 'forever'], 3600)).toBeUndefined();
  expect(expireSeconds('1month')).toBe(2_592_000);
});

it('narrowed expire options on the instance are followed', async () => {
  const pb = await startPrivateBin({
    extraConfig: '[expire]\ndefault = "1week"\n[expire_options]\n1hour = 3600\n1week = 604800',
  });
  try {
    const link = await createPrivateBinLink(secret, { server: pb.url, expiresIn: 86_400 });
    const paste = await readPaste(pb.url.replace(/\/$/, ''), link.id);
    expect(paste.meta.time_to_live).toBeLessThanOrEqual(3600);
    expect(Date.parse(link.expiresAt) - Date.now()).toBeLessThanOrEqual(3600_000);
  } finally {
    await pb.stop();
  }
}, 30_000);

it('reads back a key whose leading bytes are zero, as PrivateBin pads it', () => {
  const key = new Uint8Array(32);
  key[2] = 7;
  key[31] = 1;
  const parsed = parsePrivateBinLink(privateBinLink('https://pb.example', 'a'.repeat(16), key));
  expect(parsed?.key).toEqual(key);
  expect(parsePrivateBinLink('https://pb.example/s#abc.def')).toBeUndefined();
});
