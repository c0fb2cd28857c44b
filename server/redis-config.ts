/** How the server reaches Redis / Valkey: one node, a Sentinel-managed primary, or a cluster. */
export type RedisTopology = 'single' | 'sentinel' | 'cluster';

export interface RedisEndpoint {
  host: string;
  port: number;
}

export interface RedisConfig {
  topology: RedisTopology;
  /** The variable the addresses came from: errors at start name it. */
  variable: string;
  /** The node (single), the sentinels (sentinel) or the seed nodes (cluster). */
  nodes: RedisEndpoint[];
  /** The primary's name as the sentinels know it. */
  sentinelName: string | undefined;
  db: number;
  username: string | undefined;
  password: string | undefined;
  tls: boolean;
  sentinelUsername: string | undefined;
  sentinelPassword: string | undefined;
  /**
   * Replicas that must hold a reveal's delete (or a create) before the server answers; 0 turns
   * confirmation off. See docs/deployment.md, "Redis Sentinel and Cluster".
   */
  confirmReplicas: number;
  confirmTimeoutMs: number;
}

type Env = Record<string, string | undefined>;

// Every message names the variable and the rule, never the value: it may hold a password.
function fail(name: string, why: string): never {
  throw new Error(`Invalid ${name}: ${why}`);
}

const HOST = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])$/;
const PORT = /^\d{1,5}$/;

function endpoints(name: string, list: string, defaultPort: number): RedisEndpoint[] {
  const parts = list.split(',').map((part) => part.trim());
  if (parts.length > 64 || parts.some((part) => part === '')) {
    fail(name, 'expected host:port entries separated by commas');
  }
  return parts.map((part) => {
    const colon = part.lastIndexOf(':');
    const bracketed = part.startsWith('[');
    // A bare IPv6 address has colons of its own; it needs brackets to carry a port.
    const hasPort = colon > 0 && (!bracketed || part.charAt(colon - 1) === ']');
    const host = hasPort ? part.slice(0, colon) : part;
    const portText = hasPort ? part.slice(colon + 1) : String(defaultPort);
    const port = Number(portText);
    if (!HOST.test(host) || !PORT.test(portText) || port < 1 || port > 65_535) {
      fail(name, 'expected host:port entries separated by commas');
    }
    return { host: bracketed ? host.slice(1, -1) : host, port };
  });
}

function decode(name: string, text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return fail(name, 'bad percent-encoding in the credentials');
  }
}

interface ParsedUrl {
  topology: RedisTopology;
  tls: boolean;
  nodes: RedisEndpoint[];
  sentinelName: string | undefined;
  db: number;
  username: string | undefined;
  password: string | undefined;
}

const SCHEMES: Record<string, { topology: RedisTopology; tls: boolean; port: number }> = {
  redis: { topology: 'single', tls: false, port: 6379 },
  rediss: { topology: 'single', tls: true, port: 6379 },
  'redis+sentinel': { topology: 'sentinel', tls: false, port: 26379 },
  'rediss+sentinel': { topology: 'sentinel', tls: true, port: 26379 },
  'redis+cluster': { topology: 'cluster', tls: false, port: 6379 },
  'rediss+cluster': { topology: 'cluster', tls: true, port: 6379 },
};

/**
 * Parses `redis[s]://[user:password@]host[:port][/db]`, `redis[s]+sentinel://[user:password@]
 * host:port,…/name[/db]` and `redis[s]+cluster://[user:password@]host:port,…`. The credentials
 * are the data nodes'. Written by hand: WHATWG URL takes one host only.
 */
export function parseRedisUrl(raw: string, name = 'REDIS_URL'): ParsedUrl {
  const schemeEnd = raw.indexOf('://');
  const scheme = SCHEMES[raw.slice(0, Math.max(schemeEnd, 0)).toLowerCase()];
  if (schemeEnd < 0 || !scheme) {
    return fail(name, 'expected a redis://, rediss://, redis+sentinel:// or redis+cluster:// URL');
  }
  let rest = raw.slice(schemeEnd + 3);
  if (/[?#\s]/.test(rest)) fail(name, 'query strings, fragments and spaces are not supported');
  let username: string | undefined;
  let password: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    const userinfo = rest.slice(0, at);
    rest = rest.slice(at + 1);
    const colon = userinfo.indexOf(':');
    const user = decode(name, colon < 0 ? userinfo : userinfo.slice(0, colon));
    // `redis://:password@host` is the usual form for a password without ACL user.
    if (colon < 0) password = user || undefined;
    else {
      username = user || undefined;
      password = decode(name, userinfo.slice(colon + 1)) || undefined;
    }
  }
  const slash = rest.indexOf('/');
  const hosts = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? [] : rest.slice(slash + 1).split('/');
  if (path[path.length - 1] === '') path.pop();
  const nodes = endpoints(name, hosts, scheme.port);
  if (scheme.topology === 'single' && nodes.length !== 1) fail(name, 'expected one host');
  let sentinelName: string | undefined;
  if (scheme.topology === 'sentinel') {
    sentinelName = path.shift();
    if (!sentinelName || !/^[A-Za-z0-9._-]{1,128}$/.test(sentinelName)) {
      fail(
        name,
        'expected the primary name after the sentinels: redis+sentinel://host:port,…/name',
      );
    }
  }
  if (scheme.topology === 'cluster' && path.length > 0) {
    fail(name, 'a cluster has database 0 only: no path');
  }
  const dbText = path.shift() ?? '0';
  if (path.length > 0 || !/^\d{1,2}$/.test(dbText)) fail(name, 'expected a database number');
  const { topology, tls } = scheme;
  return { topology, tls, nodes, sentinelName, db: Number(dbText), username, password };
}

function text(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

/**
 * The longest REDIS_CONFIRM_TIMEOUT_MS. A reveal whose WAIT comes behind one already in flight
 * waits for both, and a view it cannot confirm must be given back while its claim lives
 * (redis.ts), so two timeouts and the give-back's retries stay within the claim's life.
 */
export const MAX_CONFIRM_TIMEOUT_MS = 10_000;

function wholeNumber(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d{1,6}$/.test(raw) || value < min || value > max) {
    fail(name, `expected a whole number from ${min} to ${max}`);
  }
  return value;
}

/**
 * Reads the Redis settings: REDIS_URL (any scheme above), or REDIS_SENTINELS with
 * REDIS_SENTINEL_NAME, or REDIS_CLUSTER_NODES; REDIS_USERNAME, REDIS_PASSWORD and REDIS_TLS for
 * the lists (and for a URL that carries no credentials); REDIS_SENTINEL_USERNAME and
 * REDIS_SENTINEL_PASSWORD for the sentinels' own auth; REDIS_CONFIRM_REPLICAS and
 * REDIS_CONFIRM_TIMEOUT_MS. Undefined when none is set (SQLite).
 */
export function loadRedisConfig(env: Env): RedisConfig | undefined {
  const given = ['REDIS_URL', 'REDIS_SENTINELS', 'REDIS_CLUSTER_NODES'].filter((n) => text(env, n));
  if (given.length === 0) {
    for (const name of ['REDIS_SENTINEL_NAME', 'REDIS_PASSWORD', 'REDIS_CONFIRM_REPLICAS']) {
      if (text(env, name)) fail(name, 'set REDIS_URL, REDIS_SENTINELS or REDIS_CLUSTER_NODES too');
    }
    return undefined;
  }
  const variable = given[0] ?? 'REDIS_URL';
  if (given.length > 1) fail(given[1] ?? variable, `set only one of ${given.join(' and ')}`);
  const raw = text(env, variable) ?? '';
  const tlsText = text(env, 'REDIS_TLS')?.toLowerCase();
  if (tlsText !== undefined && !['true', 'false', '1', '0', 'yes', 'no'].includes(tlsText)) {
    fail('REDIS_TLS', 'expected true or false');
  }
  const tlsFlag = tlsText !== undefined && ['true', '1', 'yes'].includes(tlsText);
  let parsed: ParsedUrl;
  if (variable === 'REDIS_URL') {
    parsed = parseRedisUrl(raw);
    parsed.tls ||= tlsFlag;
  } else {
    const sentinel = variable === 'REDIS_SENTINELS';
    const sentinelName = sentinel ? text(env, 'REDIS_SENTINEL_NAME') : undefined;
    if (sentinel && (!sentinelName || !/^[A-Za-z0-9._-]{1,128}$/.test(sentinelName))) {
      fail('REDIS_SENTINEL_NAME', 'expected the name of the primary the sentinels monitor');
    }
    parsed = {
      topology: sentinel ? 'sentinel' : 'cluster',
      tls: tlsFlag,
      nodes: endpoints(variable, raw, sentinel ? 26379 : 6379),
      sentinelName,
      db: 0,
      username: undefined,
      password: undefined,
    };
  }
  const topology = parsed.topology;
  return {
    ...parsed,
    variable,
    username: parsed.username ?? text(env, 'REDIS_USERNAME'),
    password: parsed.password ?? env.REDIS_PASSWORD ?? undefined,
    sentinelUsername: text(env, 'REDIS_SENTINEL_USERNAME'),
    sentinelPassword: env.REDIS_SENTINEL_PASSWORD || undefined,
    // A single node has nothing to confirm against unless the operator says it has replicas.
    confirmReplicas: wholeNumber(
      env,
      'REDIS_CONFIRM_REPLICAS',
      topology === 'single' ? 0 : 1,
      0,
      16,
    ),
    confirmTimeoutMs: wholeNumber(env, 'REDIS_CONFIRM_TIMEOUT_MS', 200, 1, MAX_CONFIRM_TIMEOUT_MS),
  };
}

/** The settings for one REDIS_URL, as the server would read them, with `overrides` on top. */
export function redisConfigFromUrl(url: string, overrides: Partial<RedisConfig> = {}): RedisConfig {
  const config = loadRedisConfig({ REDIS_URL: url });
  if (!config) throw new Error('Invalid REDIS_URL: empty');
  return { ...config, ...overrides };
}
