import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../test/server/harness';
import { startPrivateBin, type RunningPrivateBin } from '../test/server/privatebin-server';
import { detectServerKind, probeServer } from './server-kind';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const answer =
  (body: string, status = 200) =>
  () =>
    Promise.resolve(new Response(body, { status }));

describe('against our own server', () => {
  it('finds a Keywarden server and its version, under a base path too', async () => {
    t = makeTestApp();
    const app = t.app;
    const seen: string[] = [];
    const fetch = (input: string, init?: RequestInit) => {
      seen.push(input);
      return Promise.resolve(app.request(input.replace('/base', ''), init));
    };
    const probe = await probeServer('http://localhost/base/', { fetch });
    expect(probe).toEqual({
      kind: 'keywarden',
      answered: true,
      version: expect.stringMatching(/^\d+\.\d+/),
    });
    expect(seen).toEqual(['http://localhost/base/api/health']);
  });

  it('still finds one whose store is down', async () => {
    t = makeTestApp();
    t.store.ping = () => Promise.reject(new Error('down'));
    const app = t.app;
    const fetch = (input: string, init?: RequestInit) => Promise.resolve(app.request(input, init));
    expect(await detectServerKind('http://localhost', { fetch })).toBe('keywarden');
  });
});

describe('anything else', () => {
  it('is unknown when nothing answers, or something else does', async () => {
    const down = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await detectServerKind('http://127.0.0.1:9', { fetch: down })).toBe('unknown');
    const page = answer('<!doctype html><title>Wiki</title>');
    expect(await detectServerKind('https://wiki.example', { fetch: page })).toBe('unknown');
    const lookalike = answer(JSON.stringify({ status: 'ok' }));
    expect(await detectServerKind('https://other.example', { fetch: lookalike })).toBe('unknown');
  });

  it('gives up on a server that never answers within the time given, all requests together', async () => {
    let asked = 0;
    // As fetch does: a signal that has fired refuses at once.
    const hang = (_input: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        asked++;
        if (init?.signal?.aborted) reject(init.signal.reason);
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const started = Date.now();
    expect(await detectServerKind('https://slow.example', { fetch: hang, timeoutMs: 300 })).toBe(
      'unknown',
    );
    expect(Date.now() - started).toBeLessThan(1500);
    expect(asked).toBe(1);
  });

  it('refuses addresses that are not http(s) without asking anything', async () => {
    let asked = 0;
    const fetch = () => (asked++, Promise.reject(new Error('no')));
    for (const url of ['javascript:alert(1)', 'ftp://x.example', 'not a url', '']) {
      expect(await detectServerKind(url, { fetch })).toBe('unknown');
    }
    expect(asked).toBe(0);
  });

  it('takes a page that names PrivateBin when its JSON-LD is out of reach', async () => {
    const fetch = (input: string) =>
      Promise.resolve(
        input.endsWith('/')
          ? new Response('<title>PrivateBin</title>')
          : new Response('nope', { status: 404 }),
      );
    expect(await detectServerKind('https://paste.example', { fetch })).toBe('privatebin');
  });
});

describe('against PrivateBin 2.0.6 under PHP', () => {
  let pb: RunningPrivateBin;
  beforeAll(async () => {
    pb = await startPrivateBin();
  }, 30_000);
  afterAll(() => pb?.stop());

  it('finds PrivateBin', async () => {
    expect(await probeServer(pb.url)).toEqual({ kind: 'privatebin', answered: true });
  });
});
