import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../test/server/harness';
import { openSecret, parseLink } from './link-crypto';
import { createLink, linkStatus, revokeLink, ShareError } from './share-client';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const server = 'http://localhost';

function appFetch(app: TestApp['app']) {
  return (input: string, init?: RequestInit) => Promise.resolve(app.request(input, init));
}

async function revealViaApi(app: TestApp['app'], id: string) {
  const res = await app.request(`/api/secrets/${id}/reveal`, { method: 'POST' });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function errorOf(promise: Promise<unknown>): Promise<ShareError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ShareError);
  return error as ShareError;
}

function fakeFetch(make: () => Response) {
  return () => Promise.resolve(make());
}

describe('against the real app', () => {
  it('creates a link whose key decrypts what the server reveals', async () => {
    t = makeTestApp();
    const fetch = appFetch(t.app);
    const secret = 'sk-' + 'test'.repeat(8) + ' ✓';
    const link = await createLink(secret, { server, fetch, views: 2, expiresIn: 600 });
    const parts = parseLink(link.url);
    expect(parts.server).toBe(server);
    expect(parts.id).toBe(link.id);
    expect(link.url.startsWith(`${server}/s#`)).toBe(true);
    expect(Date.parse(link.expiresAt) - t.clock.now).toBeCloseTo(600_000, -3);

    expect(await linkStatus({ server, fetch, id: link.id, manageToken: link.manageToken })).toEqual(
      {
        viewsLeft: 2,
        expiresAt: link.expiresAt,
      },
    );
    const { body } = await revealViaApi(t.app, link.id);
    expect(await openSecret(body.payload as string, parts.key)).toBe(secret);
    expect(await revokeLink({ server, fetch, id: link.id, manageToken: link.manageToken })).toBe(
      true,
    );
    expect(await revokeLink({ server, fetch, id: link.id, manageToken: link.manageToken })).toBe(
      false,
    );
    expect(
      await linkStatus({ server, fetch, id: link.id, manageToken: link.manageToken }),
    ).toBeNull();
  });

  it('uploads a passphrase salt, never the passphrase', async () => {
    t = makeTestApp();
    const sent: string[] = [];
    const inner = appFetch(t.app);
    const fetch = (input: string, init?: RequestInit) => {
      sent.push(String(init?.body ?? ''));
      return inner(input, init);
    };
    const link = await createLink('hunter2-secret', { server, fetch, passphrase: 'pass phrase 9' });
    expect(sent.join('')).not.toContain('pass phrase 9');
    expect(sent.join('')).not.toContain('hunter2-secret');
    expect(sent.join('')).not.toContain(parseLink(link.url).key);
    const { body } = await revealViaApi(t.app, link.id);
    const salt = (body.passphrase as { salt: string }).salt;
    expect(
      await openSecret(body.payload as string, parseLink(link.url).key, {
        passphrase: 'pass phrase 9',
        salt,
      }),
    ).toBe('hunter2-secret');
  });

  it('maps server refusals to clear errors', async () => {
    t = makeTestApp({ maxPayloadBytes: 10, rateLimitPerMinute: 2, rateLimitBurst: 2 });
    const fetch = appFetch(t.app);
    expect((await errorOf(createLink('x'.repeat(11), { server, fetch }))).code).toBe('too-large');
    const rejected = await errorOf(createLink('x', { server, fetch, views: 99 }));
    expect(rejected.code).toBe('rejected');
    expect(rejected.status).toBe(400);
    expect(rejected.message).toContain('views');
    expect((await errorOf(createLink('x', { server, fetch }))).code).toBe('rate-limited');
  });

  it('says so when the server takes links only with its token, or is full', async () => {
    const createToken = 'team-' + 'token-'.repeat(4);
    t = makeTestApp({ createToken, maxLiveSecrets: 1 });
    const fetch = appFetch(t.app);
    const unauthorized = await errorOf(createLink('x', { server, fetch }));
    expect([unauthorized.status, unauthorized.message]).toEqual([
      401,
      'The server takes links only from its own users; ask your administrator.',
    ]);
    await createLink('x', { server, fetch, createToken });
    const full = await errorOf(createLink('y', { server, fetch, createToken }));
    expect([full.status, full.message]).toEqual([507, 'The server is full; try again later.']);
  });
});

describe('hostile or broken servers', () => {
  const manage = { server, id: 'A'.repeat(22), manageToken: 'B'.repeat(43) };

  it('rejects malformed answers', async () => {
    const bodies = [
      'not json',
      '{}',
      '{"id":"../../etc","manageToken":"' +
        'a'.repeat(43) +
        '","expiresAt":"2030-01-01T00:00:00Z"}',
      '{"id":"' + 'a'.repeat(22) + '","manageToken":"' + 'a'.repeat(43) + '","expiresAt":"soon"}',
    ];
    for (const body of bodies) {
      const fetch = fakeFetch(() => new Response(body, { status: 201 }));
      expect((await errorOf(createLink('x', { server, fetch }))).code).toBe('bad-response');
    }
    const status = fakeFetch(() => new Response('{"viewsLeft":-1,"expiresAt":"x"}'));
    expect((await errorOf(linkStatus({ ...manage, fetch: status }))).code).toBe('bad-response');
  });

  it('refuses an oversized answer without reading it all', async () => {
    let pulled = 0;
    const endless = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled++;
            controller.enqueue(new Uint8Array(4096).fill(32));
          },
        }),
        { status: 201 },
      );
    expect((await errorOf(createLink('x', { server, fetch: fakeFetch(endless) }))).code).toBe(
      'bad-response',
    );
    expect(pulled).toBeLessThan(10);
    const declared = fakeFetch(
      () => new Response('{}', { status: 200, headers: { 'Content-Length': '99999999' } }),
    );
    expect((await errorOf(linkStatus({ ...manage, fetch: declared }))).code).toBe('bad-response');
  });

  it('reports network failures and server errors without secret material', async () => {
    const down = () => Promise.reject(new TypeError('fetch failed'));
    const error = await errorOf(createLink('the-secret-text', { server, fetch: down }));
    expect(error.code).toBe('network');
    expect(error.message).not.toContain('the-secret-text');
    const broken = fakeFetch(
      () => new Response('{"error":{"code":"internal","message":"x"}}', { status: 500 }),
    );
    expect((await errorOf(revokeLink({ ...manage, fetch: broken }))).code).toBe('server-error');
  });

  it('gives up on a server that hangs, before or halfway through its answer', async () => {
    // A real socket, so that the time limit must stop Node's own fetch, body included.
    const held: ServerResponse[] = [];
    let halfway = false;
    const hanging: Server = createServer((_request, response) => {
      held.push(response);
      if (halfway) {
        response.writeHead(201, { 'Content-Type': 'application/json' });
        response.write('{"id":"');
      }
    });
    await new Promise<void>((done) => hanging.listen(0, '127.0.0.1', done));
    const { port } = hanging.address() as AddressInfo;
    const options = { server: `http://127.0.0.1:${port}`, timeoutMs: 300 };
    try {
      for (const midway of [false, true]) {
        halfway = midway;
        const started = Date.now();
        const error = await errorOf(createLink('the-secret-text', options));
        expect(error.code).toBe('network');
        expect(error.message).not.toContain('the-secret-text');
        expect(Date.now() - started).toBeLessThan(5000);
      }
      expect(held).toHaveLength(2);
      // The caller's own abort is not a failure of the server: it passes through as it is.
      const cancel = new AbortController();
      const cancelled = createLink('x', { ...options, timeoutMs: 60_000, signal: cancel.signal });
      setTimeout(() => cancel.abort(), 50);
      await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      for (const response of held) response.destroy();
      hanging.closeAllConnections();
      await new Promise((done) => hanging.close(done));
    }
  });

  it('refuses plain http to a non-loopback host unless allowed', async () => {
    const fetch = fakeFetch(() => new Response(null, { status: 204 }));
    const insecure = { ...manage, server: 'http://share.example.org', fetch };
    expect((await errorOf(revokeLink(insecure))).code).toBe('invalid-server');
    expect(await revokeLink({ ...insecure, allowInsecure: true })).toBe(true);
    expect((await errorOf(revokeLink({ ...manage, server: 'not a url', fetch }))).code).toBe(
      'invalid-server',
    );
  });
});

describe('create token', () => {
  const token = 'tok' + '_' + 'Qq11Ww22Ee33';
  it('goes as a bearer header on create only, never on status or revoke', async () => {
    t = makeTestApp();
    const seen: Array<{ method: string; authorization: string | null }> = [];
    const fetch = (input: string, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      seen.push({ method: init?.method ?? 'GET', authorization: headers.get('Authorization') });
      return Promise.resolve((t as TestApp).app.request(input, init));
    };
    const created = await createLink('a secret', { server, fetch, createToken: token });
    const manage = { server, fetch, id: created.id, manageToken: created.manageToken };
    await linkStatus(manage);
    await revokeLink(manage);
    expect(seen.map((s) => s.method)).toEqual(['POST', 'GET', 'DELETE']);
    expect(seen[0]?.authorization).toBe(`Bearer ${token}`);
    expect(seen.slice(1).map((s) => s.authorization)).toEqual([
      `Bearer ${created.manageToken}`,
      `Bearer ${created.manageToken}`,
    ]);
  });

  it('is absent when none is set, and never in an error message', async () => {
    let authorization: string | null = 'unset';
    const fetch = (_input: string, init?: RequestInit) => {
      authorization = new Headers(init?.headers).get('Authorization');
      return Promise.resolve(
        new Response(
          JSON.stringify({ error: { code: 'unauthorized', message: 'Token refused.' } }),
          {
            status: 401,
          },
        ),
      );
    };
    await errorOf(createLink('a secret', { server, fetch }));
    expect(authorization).toBeNull();
    const error = await errorOf(createLink('a secret', { server, fetch, createToken: token }));
    expect(error.code).toBe('rejected');
    expect(error.message).not.toContain(token);
  });
});
