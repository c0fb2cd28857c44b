import { resolve } from 'node:path';
import { PAYLOAD_OVERHEAD } from '../lib/link-crypto';
import { loadRedisConfig, type RedisConfig } from './redis-config';

/** Everything the server reads from its environment, after validation. */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Redis / Valkey instead of SQLite; see redis-config.ts. */
  redis: RedisConfig | undefined;
  publicUrl: string | undefined;
  /** Largest secret accepted, in bytes of UTF-8 plaintext (the payload may be this + 29). */
  maxPayloadBytes: number;
  expiryMinSeconds: number;
  expiryMaxSeconds: number;
  expiryDefaultSeconds: number;
  maxViews: number;
  /** Requests per minute per client on /api; 0 turns the limit off. */
  rateLimitPerMinute: number;
  rateLimitBurst: number;
  /** Take the client address from the last X-Forwarded-For hop (only behind your own proxy). */
  trustProxy: boolean;
  purgeIntervalSeconds: number;
  accessLog: boolean;
  /** Serve a prebuilt viewer from here instead of building it with esbuild at start. */
  viewerDir: string | undefined;
  /**
   * Server processes `npm run server` starts (node:cluster, one shared port). Each enforces
   * 1/workers of the rate limit, so together they never exceed it. `startServer()` runs one.
   * Default 1: on SQLite one process batches every write into one commit, and on the 2-core
   * machine the benchmark runs on, two workers cost more CPU per request than they added.
   */
  workers: number;
  /** Cap on the ciphertext all live secrets hold together (base64url bytes); 0 means none. */
  maxStoredBytes: number;
  /** Cap on how many secrets may be stored at once; 0 means none. */
  maxLiveSecrets: number;
  /** Bearer token that opens /metrics to peers other than loopback. */
  metricsToken: string | undefined;
  /** Bearer token a create must carry; unset, anyone may create. */
  createToken: string | undefined;
}

type Env = Record<string, string | undefined>;

function fail(name: string, why: string): never {
  throw new Error(`Invalid ${name}: ${why}`);
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d{1,16}$/.test(raw.trim())) fail(name, `expected a whole number from ${min} to ${max}`);
  const value = Number(raw.trim());
  if (value < min || value > max) fail(name, `expected a whole number from ${min} to ${max}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  return fail(name, 'expected true or false');
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    // The value itself is not echoed: a URL may carry credentials.
    return fail(name, 'not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) fail(name, `expected ${protocols.join(' or ')} URL`);
  return raw;
}

// RFC 6750's b64token, so the value fits an Authorization header as is; 16 characters at least,
// so that nobody protects a server with a word.
const TOKEN = /^[A-Za-z0-9._~+/-]{16,512}={0,4}$/;

function token(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  // The value is a secret: the message describes the rule, never the value.
  if (!TOKEN.test(raw)) fail(name, 'expected 16 to 512 characters of A-Z a-z 0-9 - . _ ~ + /');
  return raw;
}

/**
 * Reads the configuration from environment variables, each with a safe default. Throws an Error
 * naming the variable when a value is malformed or out of range.
 */
export function loadConfig(env: Env = process.env): ServerConfig {
  const host = env.HOST?.trim() || '127.0.0.1';
  if (!/^[A-Za-z0-9.:_[\]-]{1,255}$/.test(host)) fail('HOST', 'expected a host name or address');
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, '');
  const expiryMinSeconds = int(env, 'EXPIRY_MIN_SECONDS', 300, 1, 31_536_000);
  const expiryMaxSeconds = int(env, 'EXPIRY_MAX_SECONDS', 2_592_000, 1, 31_536_000);
  if (expiryMaxSeconds < expiryMinSeconds) {
    fail('EXPIRY_MAX_SECONDS', 'must not be below EXPIRY_MIN_SECONDS');
  }
  const expiryDefaultSeconds = int(
    env,
    'EXPIRY_DEFAULT_SECONDS',
    Math.min(Math.max(86_400, expiryMinSeconds), expiryMaxSeconds),
    expiryMinSeconds,
    expiryMaxSeconds,
  );
  const rateLimitPerMinute = int(env, 'RATE_LIMIT_PER_MINUTE', 60, 0, 10_000_000);
  const maxPayloadBytes = int(env, 'MAX_PAYLOAD_BYTES', 65_536, 1, 10 * 1024 * 1024);
  const maxStoredBytes = int(env, 'MAX_STORED_BYTES', 1024 ** 3, 0, 1024 ** 5);
  // A cap below one largest secret would refuse every such create: surely a typo.
  const largest = Math.ceil(((maxPayloadBytes + PAYLOAD_OVERHEAD) * 4) / 3);
  if (maxStoredBytes !== 0 && maxStoredBytes < largest) {
    fail('MAX_STORED_BYTES', `expected 0 or at least ${largest} (one MAX_PAYLOAD_BYTES secret)`);
  }
  return {
    port: int(env, 'PORT', 8787, 0, 65_535),
    host,
    dataDir: resolve(env.DATA_DIR?.trim() || './data'),
    redis: loadRedisConfig(env),
    publicUrl,
    maxPayloadBytes,
    expiryMinSeconds,
    expiryMaxSeconds,
    expiryDefaultSeconds,
    maxViews: int(env, 'MAX_VIEWS', 10, 1, 1000),
    rateLimitPerMinute,
    rateLimitBurst: int(env, 'RATE_LIMIT_BURST', Math.max(rateLimitPerMinute, 1), 1, 10_000_000),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    purgeIntervalSeconds: int(env, 'PURGE_INTERVAL_SECONDS', 60, 1, 86_400),
    accessLog: bool(env, 'ACCESS_LOG', true),
    viewerDir: env.VIEWER_DIR?.trim() ? resolve(env.VIEWER_DIR.trim()) : undefined,
    workers: int(env, 'WORKERS', 1, 1, 64),
    maxStoredBytes,
    maxLiveSecrets: int(env, 'MAX_LIVE_SECRETS', 1_000_000, 0, 1_000_000_000),
    metricsToken: token(env, 'METRICS_TOKEN'),
    createToken: token(env, 'CREATE_TOKEN'),
  };
}
