import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { rateLimit } from './rate-limit';

function appWith(options: { perMinute: number; burst: number; maxClients?: number }) {
  const clock = { now: 0 };
  const app = new Hono();
  app.use(
    '*',
    rateLimit({
      ...options,
      clientKey: (c) => c.req.header('X-Client') ?? '',
      now: () => clock.now,
    }),
  );
  app.get('/', (c) => c.text('ok'));
  app.options('/', (c) => c.body(null, 204));
  const hit = async (client: string, method = 'GET') =>
    (await app.request('/', { method, headers: { 'X-Client': client } })).status;
  return { clock, hit };
}

describe('rateLimit', () => {
  it('allows a burst, then refills at the per-minute rate', async () => {
    const { clock, hit } = appWith({ perMinute: 60, burst: 2 });
    expect([await hit('a'), await hit('a'), await hit('a')]).toEqual([200, 200, 429]);
    clock.now += 1000;
    expect(await hit('a')).toBe(200);
    expect(await hit('a')).toBe(429);
  });

  it('keeps one bucket per client', async () => {
    const { hit } = appWith({ perMinute: 60, burst: 1 });
    expect([await hit('a'), await hit('b'), await hit('a')]).toEqual([200, 200, 429]);
  });

  it('never limits CORS preflights, and 0 turns the limit off', async () => {
    const limited = appWith({ perMinute: 60, burst: 1 });
    await limited.hit('a');
    expect(await limited.hit('a', 'OPTIONS')).toBe(204);
    const off = appWith({ perMinute: 0, burst: 1 });
    for (let i = 0; i < 5; i++) expect(await off.hit('a')).toBe(200);
  });

  it('forgets the least recently seen client when the table is full', async () => {
    const { hit } = appWith({ perMinute: 60, burst: 1, maxClients: 2 });
    await hit('a');
    await hit('b');
    await hit('c'); // evicts 'a'
    expect(await hit('a')).toBe(200); // a fresh bucket again, evicting 'b'
    expect(await hit('c')).toBe(429);
  });
});
