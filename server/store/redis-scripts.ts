// The Lua scripts of the Redis store. Each runs atomically inside Redis and touches one slot: on a
// cluster the record scripts get one key, the record, and the ledger scripts the two counting
// keys, which share a hash tag. On one node (alone or behind Sentinel) the record scripts get the
// two ledger keys as well and keep the ledger in the same step, saving a round trip per create
// and per last view; hash slots do not matter there.
//
// Expiry is enforced twice: PEXPIREAT lets Redis drop a record on its own, and every script also
// compares `exp` with the caller's clock so an expired record is never served.

// The ledger behind the caps: a sorted set of `<id>:<size>` scored by expiry (its size is the
// count) and a byte total, in one slot. A create reserves its place here before it writes the
// record, and a record that leaves by reveal or revoke is released after; one that Redis expires
// on its own is dropped by PRUNE, which runs when a create finds the ledger full and on every
// purge. A server that dies between the two steps leaves an entry that counts until the expiry
// it carries: the count can run over, never under, so the caps are never passed.

// Bounded batches keep each script short: Redis serves nothing else while one runs.
const LEDGER_FN = `
local function prune(live, bytes, now)
  local gone = redis.call('ZRANGEBYSCORE', live, '-inf', now, 'LIMIT', 0, 500)
  for _, member in ipairs(gone) do
    redis.call('DECRBY', bytes, tonumber(string.match(member, ':(%d+)$')))
  end
  if #gone > 0 then redis.call('ZREM', live, unpack(gone)) end
  return #gone
end
local function reserve(live, bytes, member, size, exp, now, maxLive, maxBytes)
  size, maxLive, maxBytes = tonumber(size), tonumber(maxLive), tonumber(maxBytes)
  local function full()
    return (maxLive > 0 and redis.call('ZCARD', live) >= maxLive)
      or (maxBytes > 0 and (tonumber(redis.call('GET', bytes)) or 0) + size > maxBytes)
  end
  if full() then
    prune(live, bytes, now)
    if full() then return 0 end
  end
  if redis.call('ZADD', live, 'NX', exp, member) == 1 then redis.call('INCRBY', bytes, size) end
  return 1
end
local function release(live, bytes, member, size)
  if redis.call('ZREM', live, member) == 1 then redis.call('DECRBY', bytes, size) end
end
-- A last view's claim lifted: the record lives to its own expiry again and, where this script
-- keeps the ledger (live given), counts again, caps or not: it was there before.
local function unclaim(key, id, exp, size, now, live, bytes)
  redis.call('HDEL', key, 'claim')
  redis.call('PEXPIREAT', key, exp)
  if live and size then reserve(live, bytes, id .. ':' .. size, size, exp, now, 0, 0) end
end
-- On one node (three keys) the record scripts keep the ledger themselves.
local inline = #KEYS == 3
local function forget(id, size)
  if inline and size and size ~= '' then release(KEYS[2], KEYS[3], id .. ':' .. size, size) end
end`;

// `need` > 0: refuse (code below) when the primary has fewer replicas connected, before anything
// is written or consumed, so a primary cut off from its replicas (a hung one that woke up after a
// failover, say) fails fast and loses nothing instead of waiting out every WAIT. A reveal or
// revoke asks before it reads: such a primary may lack links made since, and its "not found"
// would tell a reader that a live link is gone. A node that is a replica by now answers READONLY,
// as its first write would: that error, unlike "short", makes the server's client ask Sentinel
// for the primary again (redis-link.ts), where a missed switch had left it.
const REPLICAS_SHORT = `
local function short(need)
  if need == 0 then return false end
  local info = redis.call('INFO', 'replication')
  if string.find(info, 'role:slave', 1, true) then
    error({err = 'READONLY this node became a replica'})
  end
  return (tonumber(string.match(info, 'connected_slaves:(%d+)')) or 0) < need
end`;

/**
 * KEYS: record [, live, bytes]. ARGV: payload, salt, views, exp, token hash, need, id, now, max
 * live, max bytes. 1 created, 0 exists, 2 full (one node only), 3 replicas short, 4 made by this
 * same create before: ioredis sends a script again when its reply was lost with the connection,
 * and only this create knows the manage token's hash (random, 256 bits).
 */
export const CREATE = `${REPLICAS_SHORT}${LEDGER_FN}
if redis.call('EXISTS', KEYS[1]) == 1 then
  if redis.call('HGET', KEYS[1], 'tok') == ARGV[5] then return 4 end
  return 0
end
if short(tonumber(ARGV[6])) then return 3 end
if inline and reserve(KEYS[2], KEYS[3], ARGV[7] .. ':' .. string.len(ARGV[1]),
    string.len(ARGV[1]), ARGV[4], ARGV[8], ARGV[9], ARGV[10]) == 0 then
  return 2
end
redis.call('HSET', KEYS[1], 'payload', ARGV[1], 'views', ARGV[3], 'exp', ARGV[4], 'tok', ARGV[5],
  'n', string.len(ARGV[1]))
if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'salt', ARGV[2]) end
redis.call('PEXPIREAT', KEYS[1], ARGV[4])
return 1`;

// A claimed view leaves a mark named by the caller's nonce: for the last view a field `claim` on
// the record, which then lives CLAIM_MS at most and answers other reveals "pending" (the
// ciphertext stays: nothing else can read it, and it is what a give-back restores); for others a
// field `c:<nonce>` holding when it was taken (Redis's clock), which the caller deletes once the
// view is confirmed. The caller settles (SETTLE) a confirmed last view, and gives back (RESTORE) a
// claim it cannot confirm, or whose reply it never got. Nothing but the nonce is needed for that,
// and the mark makes it safe on whichever node it lands: where the claim was lost in a failover
// there is no mark, so nothing is restored twice, and a view someone else took since leaves
// another mark.
//
// A record with `views` 0 is drained: its last view was settled while an earlier view, still
// marked, might yet be given back. Every reader and its owner find it gone; it lives only until
// that give-back could come (a claim's life after the mark was made) or that view is confirmed
// after all (CLEAR), and a give-back brings it back.
export const CLAIM_MS = 60_000;

// Redis's own clock in ms, for the marks of views taken: one clock for every server process.
const CLOCK_FN = `
local function clock()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end`;

// When the newest view of `key` still open to a give-back was taken (marked less than a claim's
// life ago), or nil.
const MARKS_FN = `${CLOCK_FN}
local function lately(key)
  local marks = {}
  for _, field in ipairs(redis.call('HKEYS', key)) do
    if string.sub(field, 1, 2) == 'c:' then marks[#marks + 1] = field end
  end
  if #marks == 0 then return nil end
  local since, newest = clock() - ${CLAIM_MS}, nil
  for _, taken in ipairs(redis.call('HMGET', key, unpack(marks))) do
    taken = tonumber(taken)
    if taken > since and (not newest or taken > newest) then newest = taken end
  end
  return newest
end`;

/**
 * KEYS: record [, live, bytes]. ARGV: now, nonce ('' leaves no mark), need, id. {'r'} when
 * replicas are short (asked first); nil when missing; {'x', size} when it had expired (and is now
 * deleted); {'p'} when the last view is claimed by a reveal not yet confirmed (it may come back);
 * else {'v', payload, salt, views left, size}. With three keys a last view leaves the ledger in the
 * same step. A nonce that already left its mark here is the same reveal sent again (ioredis
 * resends a script whose reply was lost with the connection): it is answered as before and takes
 * nothing more, since the view it took is given back once, by that nonce.
 */
export const REVEAL = `${REPLICAS_SHORT}${LEDGER_FN}${CLOCK_FN}
if short(tonumber(ARGV[3])) then return {'r'} end
-- Without a nonce the last field asked for is 'c:', which no reveal writes.
local v = redis.call('HMGET', KEYS[1], 'payload', 'salt', 'views', 'exp', 'n', 'claim', 'c:' .. ARGV[2])
if not v[1] then return false end
if tonumber(v[4]) <= tonumber(ARGV[1]) then
  redis.call('DEL', KEYS[1])
  forget(ARGV[4], v[5])
  return {'x', v[5] or ''}
end
if ARGV[2] ~= '' and (v[6] == ARGV[2] or v[7]) then
  return {'v', v[1], v[2] or '', v[6] == ARGV[2] and 0 or tonumber(v[3]), v[5] or ''}
end
if v[6] then return {'p'} end
local views = tonumber(v[3])
if views < 1 then return false end
if views <= 1 then
  forget(ARGV[4], v[5])
  if ARGV[2] ~= '' then
    redis.call('HSET', KEYS[1], 'claim', ARGV[2])
    redis.call('PEXPIRE', KEYS[1], ${CLAIM_MS})
  else
    redis.call('DEL', KEYS[1])
  end
else
  redis.call('HINCRBY', KEYS[1], 'views', -1)
  if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'c:' .. ARGV[2], clock()) end
end
return {'v', v[1], v[2] or '', views - 1, v[5] or ''}`;

/**
 * KEYS: record [, live, bytes]. ARGV: nonce, now, need, id. 1 restored now, 4 restored to a
 * drained record, which lives again (with three keys counted again here; on a cluster the caller
 * counts it), 2 restored before (a retry: only its confirmation was missing), 0 no mark of this
 * claim here, 3 replicas short (try again: a restore that no replica holds could vanish in the
 * next failover). A last view given back is counted again, caps or not: it was there before.
 */
export const RESTORE = `${REPLICAS_SHORT}${LEDGER_FN}
local done = 'r:' .. ARGV[1]
if redis.call('HEXISTS', KEYS[1], done) == 1 then return 2 end
local view = redis.call('HEXISTS', KEYS[1], 'c:' .. ARGV[1]) == 1
local v = redis.call('HMGET', KEYS[1], 'claim', 'exp', 'n', 'views')
local drained = view and tonumber(v[4]) == 0
if not view and v[1] ~= ARGV[1] then return 0 end
-- A claimed or drained record comes back to life only before its own expiry.
if (drained or not view) and tonumber(v[2]) <= tonumber(ARGV[2]) then return 0 end
if short(tonumber(ARGV[3])) then return 3 end
local outcome = 1
if view then
  redis.call('HDEL', KEYS[1], 'c:' .. ARGV[1])
  redis.call('HINCRBY', KEYS[1], 'views', 1)
  if drained then
    unclaim(KEYS[1], ARGV[4], v[2], v[3], ARGV[2], inline and KEYS[2], KEYS[3])
    outcome = 4
  end
else
  unclaim(KEYS[1], ARGV[4], v[2], v[3], ARGV[2], inline and KEYS[2], KEYS[3])
end
redis.call('HSET', KEYS[1], done, 1)
return outcome`;

/**
 * Settles confirmed claims on last views. KEYS: their records [, live, bytes]. ARGV: now, then a
 * nonce and an id per record. A record goes, unless a view was given back while its claim awaited
 * confirmation (another reader's, whose confirmation failed): then the claim becomes a view taken
 * like any other, confirmed, and the record lives on with the view given back, counted again.
 * Where another view is still marked (not confirmed, and taken less than a claim's life ago), the
 * record is drained instead (see CLAIM_MS): gone to everyone but that view's give-back, until the
 * give-back can no longer come. Returns how many records were kept.
 */
export const SETTLE = `${LEDGER_FN}${MARKS_FN}
local n = (#ARGV - 1) / 2
local counted = #KEYS > n
local kept = 0
for i = 1, n do
  local nonce, id = ARGV[2 * i], ARGV[2 * i + 1]
  local v = redis.call('HMGET', KEYS[i], 'claim', 'views', 'exp', 'n')
  if v[1] == nonce then
    if tonumber(v[2]) > 1 and tonumber(v[3]) > tonumber(ARGV[1]) then
      unclaim(KEYS[i], id, v[3], v[4], ARGV[1], counted and KEYS[n + 1], KEYS[n + 2])
      redis.call('HINCRBY', KEYS[i], 'views', -1)
      kept = kept + 1
    else
      local newest = lately(KEYS[i])
      if newest then
        redis.call('HDEL', KEYS[i], 'claim')
        redis.call('HSET', KEYS[i], 'views', 0)
        redis.call('PEXPIREAT', KEYS[i], math.min(newest + ${CLAIM_MS}, tonumber(v[3])))
      else
        redis.call('DEL', KEYS[i])
      end
    end
  end
end
return kept`;

/**
 * KEYS: records. ARGV: a nonce per record, whose confirmed view's mark goes. A drained record goes
 * too once no mark open to a give-back is left on it.
 */
export const CLEAR = `${MARKS_FN}
for i = 1, #KEYS do
  redis.call('HDEL', KEYS[i], 'c:' .. ARGV[i])
  if redis.call('HGET', KEYS[i], 'views') == '0' and not lately(KEYS[i]) then
    redis.call('DEL', KEYS[i])
  end
end
return #KEYS`;

/** KEYS: record. ARGV: token hash, now. Nil for a last view claimed or drained, as for one revealed. */
export const STATUS = `
local v = redis.call('HMGET', KEYS[1], 'views', 'exp', 'tok', 'claim')
if not v[1] or v[4] or v[1] == '0' then return false end
if v[3] ~= ARGV[1] or tonumber(v[2]) <= tonumber(ARGV[2]) then return false end
return {tonumber(v[1]), v[2]}`;

/**
 * KEYS: record [, live, bytes]. ARGV: token hash, now, need, id. {'r'} when replicas are short
 * (asked first), nil when not revoked, else {'d', size}. A drained record goes for good, answered
 * as one already revealed.
 */
export const REVOKE = `${REPLICAS_SHORT}${LEDGER_FN}
if short(tonumber(ARGV[3])) then return {'r'} end
local v = redis.call('HMGET', KEYS[1], 'exp', 'tok', 'n', 'views')
if not v[1] or v[2] ~= ARGV[1] or tonumber(v[1]) <= tonumber(ARGV[2]) then return false end
redis.call('DEL', KEYS[1])
-- A drained record left the ledger with its last view.
if v[4] == '0' then return false end
forget(ARGV[4], v[3])
return {'d', v[3] or ''}`;

/** KEYS: live, bytes. ARGV: member, size, exp, now, max live, max bytes. 1 reserved, 0 full. */
export const RESERVE = `${LEDGER_FN}
return reserve(KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6])`;

/** KEYS: live, bytes. ARGV: member, size. */
export const RELEASE = `${LEDGER_FN}
release(KEYS[1], KEYS[2], ARGV[1], ARGV[2])
return 1`;

/** KEYS: live, bytes. ARGV: now. */
export const PRUNE = `${LEDGER_FN}
return prune(KEYS[1], KEYS[2], ARGV[1])`;

/** KEYS: live, bytes. */
export const USAGE = `
return {redis.call('ZCARD', KEYS[1]), tonumber(redis.call('GET', KEYS[2])) or 0}`;

/** KEYS: old live, old bytes, new live, new bytes (one node only: the old keys share no slot). */
export const MIGRATE_LEDGER = `
for i = 1, 2 do
  if redis.call('EXISTS', KEYS[i]) == 1 and redis.call('EXISTS', KEYS[i + 2]) == 0 then
    redis.call('RENAME', KEYS[i], KEYS[i + 2])
  end
end
return 1`;
