import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { respond } from '../respond';
import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  const app = new Hono();
  app.use('*', securityHeaders());
  // Responses made by Hono itself, not by `respond`, still get every header.
  app.get('/plain', (c) => c.text('plain'));
  app.get('/api/plain', (c) => c.json({ ok: true }));
  app.get('/api/plain/reveal', (c) => c.json({ ok: true }));
  app.get('/built', (c) => respond(c, 200, 'built', 'text/plain', { 'X-Extra': '1' }));

  it('adds the hardening headers to responses not built by respond()', async () => {
    const res = await app.request('/plain');
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const api = await app.request('/api/plain');
    expect(api.headers.get('X-Robots-Tag')).toContain('noindex');
    expect(api.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const reveal = await app.request('/api/plain/reveal');
    expect(reveal.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('keeps what respond() built, headers included', async () => {
    const res = await app.request('/built');
    expect(await res.text()).toBe('built');
    expect(res.headers.get('X-Extra')).toBe('1');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('dresses HEAD answers too', async () => {
    const res = await app.request('/built', { method: 'HEAD' });
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
  });
});
