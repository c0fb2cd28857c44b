import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('has safe defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      redisUrl: undefined,
      publicUrl: undefined,
      maxPayloadBytes: 65_536,
      expiryMinSeconds: 300,
      expiryMaxSeconds: 2_592_000,
      expiryDefaultSeconds: 86_400,
      maxViews: 10,
      rateLimitPerMinute: 60,
      trustProxy: false,
      workers: 1,
    });
    expect(config.dataDir).toMatch(/[/\\]data$/);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      DATA_DIR: '/tmp/kw',
      REDIS_URL: 'redis://127.0.0.1:6380/2',
      PUBLIC_URL: 'https://share.example.org/',
      MAX_PAYLOAD_BYTES: '1024',
      EXPIRY_MIN_SECONDS: '60',
      EXPIRY_MAX_SECONDS: '3600',
      EXPIRY_DEFAULT_SECONDS: '600',
      RATE_LIMIT_PER_MINUTE: '120',
      RATE_LIMIT_BURST: '20',
      TRUST_PROXY: 'true',
      ACCESS_LOG: 'off',
      WORKERS: '4',
    });
    expect(config).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/tmp/kw',
      redisUrl: 'redis://127.0.0.1:6380/2',
      publicUrl: 'https://share.example.org',
      maxPayloadBytes: 1024,
      expiryMinSeconds: 60,
      expiryMaxSeconds: 3600,
      expiryDefaultSeconds: 600,
      rateLimitPerMinute: 120,
      rateLimitBurst: 20,
      trustProxy: true,
      accessLog: false,
      workers: 4,
    });
  });

  it('keeps the default expiry inside narrowed bounds', () => {
    expect(loadConfig({ EXPIRY_MAX_SECONDS: '3600' }).expiryDefaultSeconds).toBe(3600);
  });

  const bad: [string, Record<string, string>][] = [
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: 'eighty' }],
    ['HOST', { HOST: 'bad host' }],
    ['REDIS_URL', { REDIS_URL: 'http://x' }],
    ['REDIS_URL', { REDIS_URL: 'not a url' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'ftp://x' }],
    ['MAX_PAYLOAD_BYTES', { MAX_PAYLOAD_BYTES: '-1' }],
    ['EXPIRY_MAX_SECONDS', { EXPIRY_MIN_SECONDS: '600', EXPIRY_MAX_SECONDS: '300' }],
    ['EXPIRY_DEFAULT_SECONDS', { EXPIRY_DEFAULT_SECONDS: '10' }],
    ['RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: '1.5' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'maybe' }],
    ['WORKERS', { WORKERS: '0' }],
  ];
  it.each(bad)('names %s when its value is bad', (name, env) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('does not echo a Redis URL (it may hold a password)', () => {
    // Assembled at run time so no credential-shaped URL sits in the source.
    const url = ['http://user', 'hunter2@x'].join(':');
    expect(() => loadConfig({ REDIS_URL: url })).toThrow(/^(?!.*hunter2)/);
  });
});
