import { Redis } from 'ioredis';
import type { NewSecret, RevealedSecret, SecretStore } from './secret-store';

// Each script runs atomically inside Redis, so any number of server processes can share one
// instance. Expiry is enforced twice: PEXPIREAT lets Redis drop the key on its own, and every
// script also compares `exp` with the caller's clock so an expired record is never served.
const CREATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'payload', ARGV[1], 'views', ARGV[3], 'exp', ARGV[4], 'tok', ARGV[5])
if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'salt', ARGV[2]) end
redis.call('PEXPIREAT', KEYS[1], ARGV[4])
return 1`;

const REVEAL = `
local v = redis.call('HMGET', KEYS[1], 'payload', 'salt', 'views', 'exp')
if not v[1] then return false end
if tonumber(v[4]) <= tonumber(ARGV[1]) then redis.call('DEL', KEYS[1]) return false end
local views = tonumber(v[3])
if views <= 1 then redis.call('DEL', KEYS[1]) else redis.call('HSET', KEYS[1], 'views', views - 1) end
return {v[1], v[2] or '', views - 1}`;

const STATUS = `
local v = redis.call('HMGET', KEYS[1], 'views', 'exp', 'tok')
if not v[1] or v[3] ~= ARGV[1] or tonumber(v[2]) <= tonumber(ARGV[2]) then return false end
return {tonumber(v[1]), v[2]}`;

const REVOKE = `
local v = redis.call('HMGET', KEYS[1], 'exp', 'tok')
if not v[1] or v[2] ~= ARGV[1] or tonumber(v[1]) <= tonumber(ARGV[2]) then return 0 end
return redis.call('DEL', KEYS[1])`;

interface ScriptedRedis extends Redis {
  kwCreate(key: string, ...args: (string | number)[]): Promise<number>;
  kwReveal(key: string, now: number): Promise<[string, string, number] | null>;
  kwStatus(key: string, hash: string, now: number): Promise<[number, string] | null>;
  kwRevoke(key: string, hash: string, now: number): Promise<number>;
}

/**
 * Redis / Valkey store. Connects before resolving so a wrong REDIS_URL stops the server at start;
 * the error message never repeats the URL (it may hold a password).
 */
export async function openRedisStore(url: string, prefix = 'kw:secret:'): Promise<SecretStore> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 2,
    connectTimeout: 5000,
  }) as ScriptedRedis;
  redis.defineCommand('kwCreate', { numberOfKeys: 1, lua: CREATE });
  redis.defineCommand('kwReveal', { numberOfKeys: 1, lua: REVEAL });
  redis.defineCommand('kwStatus', { numberOfKeys: 1, lua: STATUS, readOnly: true });
  redis.defineCommand('kwRevoke', { numberOfKeys: 1, lua: REVOKE });
  // Without a listener ioredis reports reconnect errors as unhandled 'error' events.
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new Error(`Cannot connect to REDIS_URL (${(error as Error).name})`, { cause: error });
  }
  const key = (id: string) => prefix + id;
  return {
    kind: 'redis',
    async create(s: NewSecret) {
      const created = await redis.kwCreate(
        key(s.id),
        s.payload,
        s.passphraseSalt ?? '',
        s.views,
        s.expiresAt,
        s.manageTokenHash,
      );
      return created === 1;
    },
    async reveal(id, now): Promise<RevealedSecret | null> {
      const result = await redis.kwReveal(key(id), now);
      if (!result) return null;
      const [payload, salt, viewsLeft] = result;
      return { payload, passphraseSalt: salt === '' ? null : salt, viewsLeft: Number(viewsLeft) };
    },
    async status(id, hash, now) {
      const result = await redis.kwStatus(key(id), hash, now);
      return result ? { viewsLeft: Number(result[0]), expiresAt: Number(result[1]) } : null;
    },
    async revoke(id, hash, now) {
      return (await redis.kwRevoke(key(id), hash, now)) === 1;
    },
    async purgeExpired() {
      // PEXPIREAT already makes Redis delete expired records; nothing to sweep.
      return 0;
    },
    async ping() {
      await redis.ping();
    },
    async close() {
      if (redis.status === 'end') return;
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
