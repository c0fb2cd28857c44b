import { Redis } from 'ioredis';
import {
  NO_LIMITS,
  type CreateResult,
  type NewSecret,
  type RevealedSecret,
  type SecretStore,
  type StoreLimits,
} from './secret-store';

// Each script runs atomically inside Redis, so any number of server processes can share one
// instance. Expiry is enforced twice: PEXPIREAT lets Redis drop the key on its own, and every
// script also compares `exp` with the caller's clock so an expired record is never served.
//
// The caps count through two more keys, changed only inside these scripts: a sorted set of
// `<id>:<bytes>` scored by expiry (its size is the count of records) and a byte total. A record
// that leaves by reveal or revoke leaves them in the same script; one that Redis expires on its
// own is dropped from them by PRUNE, which runs when a create finds the store full and on every
// purge. Checking a cap and storing a record happen in one script, so together the processes
// never pass a cap; expired records not yet pruned can only make a create wait, never overshoot.
// KEYS[2] is the sorted set, KEYS[3] the byte total, in every script below.
const FORGET = `
local function forget(id, size)
  if size and redis.call('ZREM', KEYS[2], id .. ':' .. size) == 1 then
    redis.call('DECRBY', KEYS[3], size)
  end
end`;

// Bounded batches keep each script short: Redis serves nothing else while one runs.
const PRUNE_FN = `
local function prune(now)
  local gone = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 500)
  for _, member in ipairs(gone) do
    redis.call('DECRBY', KEYS[3], tonumber(string.match(member, ':(%d+)$')))
  end
  if #gone > 0 then redis.call('ZREM', KEYS[2], unpack(gone)) end
  return #gone
end`;

// ARGV: payload, salt, views, exp, token hash, id, now, max secrets, max bytes.
const CREATE = `${PRUNE_FN}
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local size = string.len(ARGV[1])
local maxLive, maxBytes = tonumber(ARGV[8]), tonumber(ARGV[9])
local function full()
  return (maxLive > 0 and redis.call('ZCARD', KEYS[2]) >= maxLive)
    or (maxBytes > 0 and (tonumber(redis.call('GET', KEYS[3])) or 0) + size > maxBytes)
end
if full() then
  prune(ARGV[7])
  if full() then return 2 end
end
redis.call('HSET', KEYS[1], 'payload', ARGV[1], 'views', ARGV[3], 'exp', ARGV[4], 'tok', ARGV[5],
  'n', size)
if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'salt', ARGV[2]) end
redis.call('PEXPIREAT', KEYS[1], ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[6] .. ':' .. size)
redis.call('INCRBY', KEYS[3], size)
return 1`;

// ARGV: now, id.
const REVEAL = `${FORGET}
local v = redis.call('HMGET', KEYS[1], 'payload', 'salt', 'views', 'exp', 'n')
if not v[1] then return false end
if tonumber(v[4]) <= tonumber(ARGV[1]) then
  redis.call('DEL', KEYS[1])
  forget(ARGV[2], v[5])
  return false
end
local views = tonumber(v[3])
if views <= 1 then
  redis.call('DEL', KEYS[1])
  forget(ARGV[2], v[5])
else
  redis.call('HSET', KEYS[1], 'views', views - 1)
end
return {v[1], v[2] or '', views - 1}`;

const STATUS = `
local v = redis.call('HMGET', KEYS[1], 'views', 'exp', 'tok')
if not v[1] or v[3] ~= ARGV[1] or tonumber(v[2]) <= tonumber(ARGV[2]) then return false end
return {tonumber(v[1]), v[2]}`;

// ARGV: token hash, now, id.
const REVOKE = `${FORGET}
local v = redis.call('HMGET', KEYS[1], 'exp', 'tok', 'n')
if not v[1] or v[2] ~= ARGV[1] or tonumber(v[1]) <= tonumber(ARGV[2]) then return 0 end
forget(ARGV[3], v[3])
return redis.call('DEL', KEYS[1])`;

// KEYS[1] is unused: it keeps the same key layout as the other scripts. ARGV: now.
const PRUNE = `${PRUNE_FN}
return prune(ARGV[1])`;

const USAGE = `
return {redis.call('ZCARD', KEYS[2]), tonumber(redis.call('GET', KEYS[3])) or 0}`;

type Keys = [record: string, live: string, bytes: string];

interface ScriptedRedis extends Redis {
  kwCreate(...args: [...Keys, ...(string | number)[]]): Promise<number>;
  kwReveal(...args: [...Keys, number, string]): Promise<[string, string, number] | null>;
  kwStatus(key: string, hash: string, now: number): Promise<[number, string] | null>;
  kwRevoke(...args: [...Keys, string, number, string]): Promise<number>;
  kwPrune(...args: [...Keys, number]): Promise<number>;
  kwUsage(...args: Keys): Promise<[number, number]>;
}

/**
 * Redis / Valkey store. Connects before resolving so a wrong REDIS_URL stops the server at start;
 * the error message never repeats the URL (it may hold a password).
 */
export async function openRedisStore(
  url: string,
  prefix = 'kw:secret:',
  limits: StoreLimits = NO_LIMITS,
): Promise<SecretStore> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 2,
    connectTimeout: 5000,
  }) as ScriptedRedis;
  redis.defineCommand('kwCreate', { numberOfKeys: 3, lua: CREATE });
  redis.defineCommand('kwReveal', { numberOfKeys: 3, lua: REVEAL });
  redis.defineCommand('kwStatus', { numberOfKeys: 1, lua: STATUS, readOnly: true });
  redis.defineCommand('kwRevoke', { numberOfKeys: 3, lua: REVOKE });
  redis.defineCommand('kwPrune', { numberOfKeys: 3, lua: PRUNE });
  redis.defineCommand('kwUsage', { numberOfKeys: 3, lua: USAGE, readOnly: true });
  // Without a listener ioredis reports reconnect errors as unhandled 'error' events.
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new Error(`Cannot connect to REDIS_URL (${(error as Error).name})`, { cause: error });
  }
  // Ids are base64url, so '~' keeps these two apart from every record's key.
  const keys = (id: string): Keys => [prefix + id, prefix + '~live', prefix + '~bytes'];
  const outcomes: CreateResult[] = ['exists', 'created', 'full'];
  return {
    kind: 'redis',
    async create(s: NewSecret, now: number) {
      const outcome = await redis.kwCreate(
        ...keys(s.id),
        s.payload,
        s.passphraseSalt ?? '',
        s.views,
        s.expiresAt,
        s.manageTokenHash,
        s.id,
        now,
        limits.maxLiveSecrets,
        limits.maxStoredBytes,
      );
      const result = outcomes[outcome];
      if (!result) throw new Error('unexpected answer from the create script');
      return result;
    },
    async reveal(id, now): Promise<RevealedSecret | null> {
      const result = await redis.kwReveal(...keys(id), now, id);
      if (!result) return null;
      const [payload, salt, viewsLeft] = result;
      return { payload, passphraseSalt: salt === '' ? null : salt, viewsLeft: Number(viewsLeft) };
    },
    async status(id, hash, now) {
      const result = await redis.kwStatus(prefix + id, hash, now);
      return result ? { viewsLeft: Number(result[0]), expiresAt: Number(result[1]) } : null;
    },
    async revoke(id, hash, now) {
      return (await redis.kwRevoke(...keys(id), hash, now, id)) === 1;
    },
    async purgeExpired(now) {
      // Redis deletes expired records itself (PEXPIREAT); this drops them from the caps' count.
      let total = 0;
      for (let batch = 0; batch < 1000; batch++) {
        const pruned = await redis.kwPrune(...keys(''), now);
        total += pruned;
        if (pruned < 500) break;
      }
      return total;
    },
    async usage() {
      const [secrets, bytes] = await redis.kwUsage(...keys(''));
      return { secrets: Number(secrets), bytes: Number(bytes) };
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
