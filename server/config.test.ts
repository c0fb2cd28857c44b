import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

// Built at run time: the repository holds no token-shaped literal.
const metricsToken = ['metrics', 'A'.repeat(20)].join('-');
const createToken = ['create', 'b'.repeat(30), '=='].join('');

describe('loadConfig', () => {
  it('has safe defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      redis: undefined,
      publicUrl: undefined,
      maxPayloadBytes: 65_536,
      expiryMinSeconds: 300,
      expiryMaxSeconds: 2_592_000,
      expiryDefaultSeconds: 86_400,
      maxViews: 10,
      rateLimitPerMinute: 60,
      trustProxy: false,
      workers: 1,
      maxStoredBytes: 1024 ** 3,
      maxLiveSecrets: 1_000_000,
      metricsToken: undefined,
      createToken: undefined,
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
      MAX_STORED_BYTES: '2000000',
      MAX_LIVE_SECRETS: '0',
      METRICS_TOKEN: metricsToken,
      CREATE_TOKEN: ` ${createToken} `,
    });
    expect(config).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/tmp/kw',
      redis: {
        topology: 'single',
        variable: 'REDIS_URL',
        nodes: [{ host: '127.0.0.1', port: 6380 }],
        db: 2,
        tls: false,
        confirmReplicas: 0,
        confirmTimeoutMs: 200,
      },
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
      maxStoredBytes: 2_000_000,
      maxLiveSecrets: 0,
      metricsToken,
      createToken,
    });
  });

  it('takes 0 as no cap on stored bytes', () => {
    expect(loadConfig({ MAX_STORED_BYTES: '0' }).maxStoredBytes).toBe(0);
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
    ['MAX_STORED_BYTES', { MAX_STORED_BYTES: '-5' }],
    ['MAX_STORED_BYTES', { MAX_STORED_BYTES: '1e9' }],
    // Below the stored size of one secret of MAX_PAYLOAD_BYTES.
    ['MAX_STORED_BYTES', { MAX_PAYLOAD_BYTES: '1024', MAX_STORED_BYTES: '1000' }],
    ['MAX_LIVE_SECRETS', { MAX_LIVE_SECRETS: 'many' }],
    ['MAX_LIVE_SECRETS', { MAX_LIVE_SECRETS: '2000000000' }],
  ];
  it.each(bad)('names %s when its value is bad', (name, env) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${name}\\b`));
  });

  // Values a careless operator might set; each holds the marker the message must not repeat.
  const badTokens = [
    'hunter2',
    'hunter2 with spaces in it',
    'hunter2"quoted"-and-long',
    'x'.repeat(513) + 'hunter2',
  ];
  it.each(['METRICS_TOKEN', 'CREATE_TOKEN'])('refuses a weak %s without echoing it', (name) => {
    for (const value of badTokens) {
      expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`\\b${name}\\b`));
      expect(() => loadConfig({ [name]: value })).toThrow(/^(?!.*hunter2)/);
    }
  });

  it('does not echo a Redis URL (it may hold a password)', () => {
    // Assembled at run time so no credential-shaped URL sits in the source.
    const url = ['http://user', 'hunter2@x'].join(':');
    expect(() => loadConfig({ REDIS_URL: url })).toThrow(/^(?!.*hunter2)/);
  });
});
