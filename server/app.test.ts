import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakePayload, makeTestApp, postJson, type TestApp } from '../test/server/harness';
import { StoreUnavailableError, type SecretStore } from './store/secret-store';

let t: TestApp;
afterEach(async () => {
  await t.cleanup();
  vi.restoreAllMocks();
});

interface Created {
  id: string;
  expiresAt: string;
  manageToken: string;
}

async function create(body: Record<string, unknown> = {}): Promise<Created> {
  const res = await postJson(t.app, '/api/secrets', { payload: fakePayload(), ...body });
  expect(res.status).toBe(201);
  return (await res.json()) as Created;
}

/** The bindings @hono/node-server hands the app for a request from `address`. */
const peer = (address: string) => ({
  incoming: { socket: { remoteAddress: address, remotePort: 40_000 } },
});
const reveal = (id: string) => t.app.request(`/api/secrets/${id}/reveal`, { method: 'POST' });
const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

function expectSecurityHeaders(res: Response) {
  const csp = res.headers.get('Content-Security-Policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
  expect(res.headers.get('Cache-Control')).toBe('no-store');
  expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(res.headers.get('X-Robots-Tag')).toContain('noindex');
}

describe('a store that is failing over', () => {
  const failing = (store: SecretStore): SecretStore => ({
    ...store,
    create: () => Promise.reject(new StoreUnavailableError()),
    reveal: () => Promise.reject(new StoreUnavailableError()),
    revoke: () => Promise.reject(new StoreUnavailableError()),
  });

  it('answers a retryable 503 to create, reveal and revoke, readable by Keywarden’s page', async () => {
    t = makeTestApp({}, failing);
    const origin = `chrome-extension://${'abcdefghijklmnop'.repeat(2)}`;
    const responses = [
      await postJson(t.app, '/api/secrets', { payload: fakePayload() }),
      await t.app.request(`/api/secrets/${'A'.repeat(22)}/reveal`, {
        method: 'POST',
        headers: { Origin: origin, 'Sec-Fetch-Site': 'cross-site' },
      }),
      await t.app.request(`/api/secrets/${'A'.repeat(22)}`, {
        method: 'DELETE',
        ...bearer('B'.repeat(43)),
      }),
    ];
    for (const res of responses) {
      expect(res.status).toBe(503);
      expect(res.headers.get('Retry-After')).toBe('1');
      expect(await res.json()).toMatchObject({ error: { code: 'unavailable' } });
    }
    expect(responses[1]?.headers.get('Access-Control-Allow-Origin')).toBe(origin);
  });
});

describe('create and reveal', () => {
  it('creates, reveals once, then answers the same 404 as an unknown id', async () => {
    t = makeTestApp();
    const payload = fakePayload(100);
    const res = await postJson(t.app, '/api/secrets', { payload });
    expect(res.status).toBe(201);
    expectSecurityHeaders(res);
    const created = (await res.json()) as Created;
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const expiresIn = Date.parse(created.expiresAt) - t.clock.now;
    expect(Math.abs(expiresIn - 86_400_000)).toBeLessThan(1000);

    const first = await reveal(created.id);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ payload, viewsLeft: 0 });
    const second = await reveal(created.id);
    const unknown = await reveal('A'.repeat(22));
    const malformed = await reveal('not-an-id');
    expect([second.status, unknown.status, malformed.status]).toEqual([404, 404, 404]);
    const bodies = await Promise.all([second.json(), unknown.json(), malformed.json()]);
    expect(bodies[0]).toEqual(bodies[1]);
    expect(bodies[1]).toEqual(bodies[2]);
    expect(bodies[0]).toMatchObject({ error: { code: 'not_found' } });
    expectSecurityHeaders(second);
  });

  it('returns the passphrase salt and counts several views', async () => {
    t = makeTestApp();
    const salt = 'S'.repeat(21) + 'A';
    const { id } = await create({ views: 3, passphrase: { salt } });
    const views = [];
    for (let i = 0; i < 3; i++) views.push(await (await reveal(id)).json());
    expect(views.map((v) => (v as { viewsLeft: number }).viewsLeft)).toEqual([2, 1, 0]);
    expect(views[0]).toMatchObject({ passphrase: { salt } });
    expect((await reveal(id)).status).toBe(404);
  });

  it('never reveals an expired secret', async () => {
    t = makeTestApp();
    const { id, manageToken } = await create({ expiresIn: 300 });
    t.clock.now += 301_000;
    expect((await reveal(id)).status).toBe(404);
    expect((await t.app.request(`/api/secrets/${id}`, bearer(manageToken))).status).toBe(404);
  });

  it('GET /s serves the viewer and consumes nothing', async () => {
    t = makeTestApp();
    const { id } = await create();
    for (let i = 0; i < 3; i++) {
      const page = await t.app.request('/s');
      expect(page.status).toBe(200);
      expect(page.headers.get('Content-Type')).toContain('text/html');
      expectSecurityHeaders(page);
    }
    const js = await t.app.request('/assets/viewer.js');
    expect(js.headers.get('Content-Type')).toContain('text/javascript');
    expect((await reveal(id)).status).toBe(200);
  });
});

describe('validation', () => {
  const cases: [string, unknown, string][] = [
    ['malformed JSON', '{"payload":', 'invalid_json'],
    ['a JSON array', '[]', 'invalid_request'],
    ['no payload', '{"views":1}', 'invalid_request'],
    ['payload not base64url', { payload: 'abc+/=' }, 'invalid_request'],
    ['payload shorter than IV + tag', { payload: 'AQID' }, 'invalid_request'],
    // 46 bytes end in 4 unused bits; a 'B' there sets one, which no encoder produces.
    [
      'payload not canonical base64url',
      { payload: fakePayload(17).slice(0, -1) + 'B' },
      'invalid_request',
    ],
    ['payload of impossible length', { payload: fakePayload() + 'A' }, 'invalid_request'],
    ['views 0', { views: 0 }, 'invalid_request'],
    ['views 11', { views: 11 }, 'invalid_request'],
    ['views 1.5', { views: 1.5 }, 'invalid_request'],
    ['expiresIn under 5 minutes', { expiresIn: 299 }, 'invalid_request'],
    ['expiresIn over 30 days', { expiresIn: 2_592_001 }, 'invalid_request'],
    ['expiresIn as a string', { expiresIn: '300' }, 'invalid_request'],
    ['a bad salt', { passphrase: { salt: 'short' } }, 'invalid_request'],
  ];
  it.each(cases)('answers 400 to %s and stores nothing', async (_name, body, code) => {
    let creates = 0;
    t = makeTestApp({}, (store) => ({
      ...store,
      create: (...args) => {
        creates++;
        return store.create(...args);
      },
    }));
    const json =
      typeof body === 'string' || Array.isArray(body)
        ? body
        : { payload: fakePayload(), ...(body as object) };
    const res = await postJson(t.app, '/api/secrets', json);
    expect(res.status).toBe(400);
    expectSecurityHeaders(res);
    const error = ((await res.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(5);
    expect(creates).toBe(0);
  });

  it('rejects the version byte of an unknown format', async () => {
    t = makeTestApp();
    const raw = Buffer.from(fakePayload(), 'base64url');
    raw[0] = 2;
    const res = await postJson(t.app, '/api/secrets', { payload: raw.toString('base64url') });
    expect(res.status).toBe(400);
  });

  it('accepts exactly the limit and answers 413 just over it (and for a huge body)', async () => {
    t = makeTestApp({ maxPayloadBytes: 1024 });
    expect((await postJson(t.app, '/api/secrets', { payload: fakePayload(1024) })).status).toBe(
      201,
    );
    const over = await postJson(t.app, '/api/secrets', { payload: fakePayload(1025) });
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    const huge = await postJson(t.app, '/api/secrets', { payload: fakePayload(1_000_000) });
    expect(huge.status).toBe(413);
    expectSecurityHeaders(huge);
  });

  it('answers 507 with the usual error body once the server is full, and again after a reveal', async () => {
    t = makeTestApp({ maxLiveSecrets: 2 });
    const first = await create();
    await create();
    const full = await postJson(t.app, '/api/secrets', { payload: fakePayload() });
    expect(full.status).toBe(507);
    expectSecurityHeaders(full);
    expect(full.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await full.json()).toEqual({
      error: { code: 'storage_full', message: 'This server is full. Try again later.' },
    });
    expect((await reveal(first.id)).status).toBe(200);
    await create();
    const metrics = await (await t.app.request('/metrics', {}, peer('127.0.0.1'))).text();
    expect(metrics).toContain('keywarden_secrets_total{event="refused_full"} 1');
  });

  it('answers 507 when the stored bytes would pass MAX_STORED_BYTES', async () => {
    const payload = fakePayload(1000);
    const tiny = fakePayload(1);
    t = makeTestApp({ maxStoredBytes: 2 * payload.length + tiny.length });
    await create({ payload });
    await create({ payload });
    expect((await postJson(t.app, '/api/secrets', { payload })).status).toBe(507);
    // A smaller secret still fits in what is left, and then nothing does.
    expect((await postJson(t.app, '/api/secrets', { payload: tiny })).status).toBe(201);
    expect((await postJson(t.app, '/api/secrets', { payload: tiny })).status).toBe(507);
  });

  it('accepts a 64 KiB secret by default', async () => {
    t = makeTestApp();
    const res = await postJson(t.app, '/api/secrets', { payload: fakePayload(64 * 1024) });
    expect(res.status).toBe(201);
  });
});

describe('manage token', () => {
  it('reads status and revokes only with the right token', async () => {
    t = makeTestApp();
    const { id, manageToken, expiresAt } = await create({ views: 2 });
    const path = `/api/secrets/${id}`;
    const none = await t.app.request(path);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const wrongToken = 'x'.repeat(43);
    expect((await t.app.request(path, bearer(wrongToken))).status).toBe(404);
    const status = await t.app.request(path, bearer(manageToken));
    expect(status.status).toBe(200);
    expect(await status.json()).toEqual({ viewsLeft: 2, expiresAt });
    await reveal(id);
    expect(await (await t.app.request(path, bearer(manageToken))).json()).toMatchObject({
      viewsLeft: 1,
    });
    expect((await t.app.request(path, { method: 'DELETE', ...bearer(wrongToken) })).status).toBe(
      404,
    );
    expect((await t.app.request(path, { method: 'DELETE', ...bearer(manageToken) })).status).toBe(
      204,
    );
    expect((await reveal(id)).status).toBe(404);
  });

  it('stores only a hash of the manage token', async () => {
    let stored = '';
    t = makeTestApp({}, (store) => ({
      ...store,
      create: (s, now) => {
        stored = JSON.stringify(s);
        return store.create(s, now);
      },
    }));
    const { manageToken } = await create();
    expect(stored).not.toContain(manageToken);
    expect(stored).toMatch(/"manageTokenHash":"[0-9a-f]{64}"/);
  });
});

describe('create token', () => {
  // Built at run time: the repository holds no token-shaped literal.
  const createToken = ['team', 'Q'.repeat(28)].join('_');

  it('takes creates only with CREATE_TOKEN when one is set, and stores nothing without it', async () => {
    let creates = 0;
    t = makeTestApp({ createToken }, (store) => ({
      ...store,
      create: (...args) => {
        creates++;
        return store.create(...args);
      },
    }));
    const body = { payload: fakePayload() };
    for (const headers of [
      {} as Record<string, string>,
      { Authorization: `Bearer ${createToken.slice(0, -1)}` },
      { Authorization: `Bearer ${createToken}Q` },
      { Authorization: createToken },
    ]) {
      const res = await postJson(t.app, '/api/secrets', body, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toBe('Bearer');
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      const error = ((await res.json()) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe('unauthorized');
      expect(error.message).not.toContain(createToken);
    }
    expect(creates).toBe(0);
    const ok = await postJson(t.app, '/api/secrets', body, {
      Authorization: `Bearer ${createToken}`,
    });
    expect(ok.status).toBe(201);
    const { id, manageToken } = (await ok.json()) as Created;
    // Status, reveal and revoke never need it.
    expect((await t.app.request(`/api/secrets/${id}`, bearer(manageToken))).status).toBe(200);
    expect((await reveal(id)).status).toBe(200);
    expect(JSON.stringify(t.logs)).not.toContain(createToken);
  });

  it('ignores an Authorization header on create when no token is set', async () => {
    t = makeTestApp();
    const res = await postJson(
      t.app,
      '/api/secrets',
      { payload: fakePayload() },
      { Authorization: `Bearer ${createToken}` },
    );
    expect(res.status).toBe(201);
  });
});

describe('operations', () => {
  it('rate-limits per client with a JSON 429 and Retry-After', async () => {
    t = makeTestApp({ rateLimitPerMinute: 3, rateLimitBurst: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await reveal('A'.repeat(22))).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
    const limited = await reveal('A'.repeat(22));
    expect(limited.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    t.clock.now += 20_000; // one token back at 3 per minute
    expect((await reveal('A'.repeat(22))).status).toBe(404);
    expect((await t.app.request('/healthz')).status).toBe(200);
  });

  it('rate-limits IPv6 clients per /64 and mapped IPv4 as IPv4', async () => {
    t = makeTestApp({ rateLimitPerMinute: 1, rateLimitBurst: 1, trustProxy: true });
    const from = async (address: string) =>
      (
        await t.app.request(`/api/secrets/${'A'.repeat(22)}/reveal`, {
          method: 'POST',
          headers: { 'X-Forwarded-For': address },
        })
      ).status;
    expect(await from('2001:db8:1:2::1')).toBe(404);
    // Another address in the same /64, spelled out in full: the same client.
    expect(await from('2001:0db8:0001:0002:abcd:0:0:9')).toBe(429);
    expect(await from('2001:db8:1:3::1')).toBe(404);
    expect(await from('203.0.113.7')).toBe(404);
    expect(await from('::ffff:203.0.113.7')).toBe(429);
    expect(await from('203.0.113.8')).toBe(404);
  });

  it('keys the limit by the socket peer per /64 when no proxy is trusted', async () => {
    t = makeTestApp({ rateLimitPerMinute: 1, rateLimitBurst: 1 });
    const from = async (address: string) =>
      (
        await t.app.request(
          `/api/secrets/${'A'.repeat(22)}/reveal`,
          { method: 'POST', headers: { 'X-Forwarded-For': '198.51.100.1' } },
          peer(address),
        )
      ).status;
    expect(await from('2001:db8:5:6::1')).toBe(404);
    expect(await from('2001:db8:5:6::2')).toBe(429);
    expect(await from('2001:db8:5:7::1')).toBe(404);
  });

  it('opens CORS for the API without credentials', async () => {
    t = makeTestApp();
    const res = await t.app.request('/api/secrets', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://chat.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,authorization',
      },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    expect(res.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain(
      'authorization',
    );
  });

  it('sends no CORS headers on reveal: only the same-origin viewer may read it', async () => {
    t = makeTestApp();
    const { id } = await create({ views: 2 });
    const cross = { Origin: 'https://evil.example' };
    const preflight = await t.app.request(`/api/secrets/${id}/reveal`, {
      method: 'OPTIONS',
      headers: { ...cross, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toBeNull();
    const revealed = await t.app.request(`/api/secrets/${id}/reveal`, {
      method: 'POST',
      headers: cross,
    });
    expect(revealed.status).toBe(200);
    expect(revealed.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const missing = await reveal('A'.repeat(22));
    expect(missing.headers.get('Access-Control-Allow-Origin')).toBeNull();
    // Create, status and revoke stay reachable from the extension.
    const created = await postJson(t.app, '/api/secrets', { payload: fakePayload() }, cross);
    expect(created.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('refuses a reveal a cross-site page sends (a form POST needs no CORS to burn a link)', async () => {
    t = makeTestApp();
    const { id } = await create();
    const post = (site: string) =>
      t.app.request(`/api/secrets/${id}/reveal`, {
        method: 'POST',
        headers: { 'Sec-Fetch-Site': site },
      });
    for (const site of ['cross-site', 'same-site']) {
      const refused = await post(site);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect((await post('same-origin')).status).toBe(200);
  });

  it('lets Keywarden’s own page read a reveal, and no other origin', async () => {
    t = makeTestApp();
    const chromeId = 'abcdefghijklmnop'.repeat(2);
    const firefoxHost = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
    for (const origin of [`chrome-extension://${chromeId}`, `moz-extension://${firefoxHost}`]) {
      const { id } = await create();
      const reveal = () =>
        t.app.request(`/api/secrets/${id}/reveal`, {
          method: 'POST',
          headers: { Origin: origin, 'Sec-Fetch-Site': 'cross-site' },
        });
      const first = await reveal();
      expect(first.status).toBe(200);
      expect(first.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      const second = await reveal();
      expect(second.status).toBe(404);
      expect(second.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    }
    const { id } = await create();
    for (const origin of ['https://evil.example', 'chrome-extension://evil', 'null']) {
      const refused = await t.app.request(`/api/secrets/${id}/reveal`, {
        method: 'POST',
        headers: { Origin: origin, 'Sec-Fetch-Site': 'cross-site' },
      });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
  });

  it('logs and counts route patterns only — never ids, tokens or payloads', async () => {
    t = makeTestApp();
    const payload = fakePayload();
    const { id, manageToken } = await create({ payload });
    await reveal(id);
    await t.app.request(`/api/secrets/${id}`, bearer(manageToken));
    await t.app.request(`/nothing/${id}`);
    const metrics = await (await t.app.request('/metrics', {}, peer('127.0.0.1'))).text();
    const everything = JSON.stringify(t.logs) + metrics;
    for (const secret of [id, manageToken, payload.slice(0, 20)]) {
      expect(everything).not.toContain(secret);
    }
    expect(t.logs.map((l) => `${l.method} ${l.route} ${l.status}`)).toEqual([
      'POST /api/secrets 201',
      'POST /api/secrets/:id/reveal 200',
      'GET /api/secrets/:id 404', // already consumed by the reveal
      'GET unmatched 404',
      'GET /metrics 200',
    ]);
    expect(metrics).toContain('keywarden_secrets_total{event="created"} 1');
    expect(metrics).toContain('keywarden_secrets_total{event="revealed"} 1');
    expect(metrics).toContain(
      'keywarden_http_requests_total{method="POST",route="/api/secrets/:id/reveal",status="200"} 1',
    );
  });

  it('serves /metrics only to a loopback peer that no proxy forwarded', async () => {
    t = makeTestApp({ trustProxy: true });
    const metrics = (address: string | null, headers: Record<string, string> = {}) =>
      t.app.request('/metrics', { headers }, address === null ? undefined : peer(address));
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const res = await metrics(address);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('keywarden_secrets_total');
    }
    for (const address of ['203.0.113.9', '2001:db8::1', '::ffff:10.0.0.1', null]) {
      const res = await metrics(address);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    }
    // The proxy on this machine connects from loopback, but on behalf of someone else; and a
    // forwarded address never counts, whatever TRUST_PROXY says.
    expect((await metrics('127.0.0.1', { 'X-Forwarded-For': '203.0.113.9' })).status).toBe(404);
    expect((await metrics('127.0.0.1', { Forwarded: 'for=203.0.113.9' })).status).toBe(404);
    expect((await metrics('203.0.113.9', { 'X-Forwarded-For': '127.0.0.1' })).status).toBe(404);
  });

  it('serves /metrics to any peer with METRICS_TOKEN, compared whole', async () => {
    // As long as a manage token, so that the status route below takes it for one.
    const token = ['m', 'T'.repeat(42)].join('');
    t = makeTestApp({ metricsToken: token });
    const metrics = (authorization: string) =>
      t.app.request('/metrics', { headers: { Authorization: authorization } }, peer('203.0.113.9'));
    expect((await metrics(`Bearer ${token}`)).status).toBe(200);
    expect((await metrics(`bearer ${token}`)).status).toBe(200);
    for (const wrong of [token.slice(0, -1), token + 'T', token.toLowerCase(), '']) {
      expect((await metrics(`Bearer ${wrong}`)).status).toBe(404);
    }
    expect((await metrics(token)).status).toBe(404);
    // The metrics token opens nothing else.
    const created = await postJson(t.app, '/api/secrets', { payload: fakePayload() });
    const { id } = (await created.json()) as Created;
    expect((await t.app.request(`/api/secrets/${id}`, bearer(token))).status).toBe(404);
  });

  it('answers 5xx with a generic body and logs no detail', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(String(line)));
    t = makeTestApp({}, (store): SecretStore => ({
      ...store,
      reveal: () => Promise.reject(new Error('disk on fire near AAAAAAAAAAAAAAAAAAAAAA')),
    }));
    const res = await reveal('A'.repeat(22));
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      error: { code: 'internal', message: 'Internal server error.' },
    });
    expectSecurityHeaders(res);
    expect(errors.join('\n')).not.toContain('AAAAAAAAAAAAAAAAAAAAAA');
  });

  it('reports health of the store and the version, on /api/health to any origin', async () => {
    t = makeTestApp();
    const res = await t.app.request('/healthz');
    const version = expect.stringMatching(/^\d+\.\d+\.\d+/);
    expect(await res.json()).toEqual({ status: 'ok', store: 'sqlite', version });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const api = await t.app.request('/api/health');
    expect(await api.json()).toEqual({ status: 'ok', store: 'sqlite', version });
    expect(api.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });
});
