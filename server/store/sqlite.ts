import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startCheckpointer } from './checkpointer';
import {
  NO_LIMITS,
  type CreateResult,
  type NewSecret,
  type RevealedSecret,
  type SecretStatus,
  type SecretStore,
  type StoreLimits,
  type StoreUsage,
} from './secret-store';

interface Row {
  payload: string;
  salt: string | null;
  views_left: number;
  expires_at: number;
}

const CHECKPOINT_INTERVAL_MS = 200;
// A RESTART checkpoint holds the write lock through its fsync, and the serving connection waits
// for it in SQLite's busy handler, stalling every request in flight: at 1,000 pages that happened
// three times a second under load (p99 61 ms); at 16,000 (a 64 MB WAL, journal_size_limit) it
// happens every ~5 s (p99 14 ms), and the WAL still stays bounded.
const CHECKPOINT_RESTART_FRAMES = 16000;

/** File name of the database inside DATA_DIR. */
export const SQLITE_FILE = 'keywarden.sqlite';

/** Runs `step` again for up to 5 s while SQLite answers that the file is busy. */
function whileBusy<T>(step: () => T): T {
  const deadline = Date.now() + 5000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return step();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY') || Date.now() > deadline) {
        throw error;
      }
      Atomics.wait(pause, 0, 0, 20);
    }
  }
}

/**
 * SQLite store (better-sqlite3, WAL). Calls are synchronous inside one process, and writes run in
 * IMMEDIATE transactions so that several processes sharing the file still count each view once,
 * and check the caps in `limits` and insert in one step.
 */
export function openSqliteStore(dataDir: string, limits: StoreLimits = NO_LIMITS): SecretStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, SQLITE_FILE);
  const db = new Database(file);
  // First, so that a second process opening the file at the same moment waits instead of failing.
  db.pragma('busy_timeout = 5000');
  // Except while another one turns the file to WAL: SQLite answers that busy at once, without
  // its busy handler (a worker failed to start with "database is locked" in a CI run).
  whileBusy(() => db.pragma('journal_mode = WAL'));
  db.pragma('synchronous = NORMAL');
  // Checkpoints run on their own thread (see checkpointer.ts); a checkpointed WAL is cut back.
  db.pragma('wal_autocheckpoint = 0');
  db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  // Consumed ciphertext is overwritten in the file instead of lingering in free pages.
  db.pragma('secure_delete = ON');
  // The caps read one row that triggers keep in step with every insert and delete, whichever
  // process makes it. They add up `size` (the payload's length, written with the row): reading
  // the payload itself in a trigger cost more CPU than the rest of the insert. A file from before
  // the caps gets the column and is counted once, in the transaction that adds them.
  const schema = db.transaction(() => {
    db.exec(`
      CREATE TABLE IF NOT EXISTS secrets (
        id TEXT PRIMARY KEY,
        payload TEXT NOT NULL,
        salt TEXT,
        views_left INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        token_hash TEXT NOT NULL,
        size INTEGER NOT NULL DEFAULT 0
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS secrets_expires_at ON secrets (expires_at);
    `);
    const sized = db.prepare("SELECT 1 FROM pragma_table_info('secrets') WHERE name = 'size'");
    if (!sized.get()) {
      db.exec(`
        ALTER TABLE secrets ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
        UPDATE secrets SET size = length(payload);
      `);
    }
    db.exec(`
      CREATE TABLE IF NOT EXISTS usage (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        secrets INTEGER NOT NULL,
        bytes INTEGER NOT NULL
      );
      INSERT OR IGNORE INTO usage SELECT 1, count(*), coalesce(sum(size), 0) FROM secrets;
      CREATE TRIGGER IF NOT EXISTS usage_insert AFTER INSERT ON secrets BEGIN
        UPDATE usage SET secrets = secrets + 1, bytes = bytes + NEW.size WHERE id = 1;
      END;
      CREATE TRIGGER IF NOT EXISTS usage_delete AFTER DELETE ON secrets BEGIN
        UPDATE usage SET secrets = secrets - 1, bytes = bytes - OLD.size WHERE id = 1;
      END;
    `);
  });
  whileBusy(() => schema.immediate());

  const stopCheckpointer = startCheckpointer(
    file,
    CHECKPOINT_INTERVAL_MS,
    CHECKPOINT_RESTART_FRAMES,
  );
  let open = true;
  const insert = db.prepare(
    `INSERT OR IGNORE INTO secrets (id, payload, salt, views_left, expires_at, token_hash, size)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const select = db.prepare<[string, number], Row>(
    'SELECT payload, salt, views_left, expires_at FROM secrets WHERE id = ? AND expires_at > ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM secrets WHERE id = ?');
  const decrement = db.prepare<[string]>(
    'UPDATE secrets SET views_left = views_left - 1 WHERE id = ?',
  );
  // Comparing hashes of 256-bit random tokens in SQL leaks nothing useful through timing.
  const selectOwned = db.prepare<[string, string, number], Row>(
    `SELECT payload, salt, views_left, expires_at FROM secrets
     WHERE id = ? AND token_hash = ? AND expires_at > ?`,
  );
  const removeOwned = db.prepare<[string, string, number]>(
    'DELETE FROM secrets WHERE id = ? AND token_hash = ? AND expires_at > ?',
  );
  const purge = db.prepare<[number]>('DELETE FROM secrets WHERE expires_at <= ?');
  const readUsage = db.prepare<[], StoreUsage>('SELECT secrets, bytes FROM usage WHERE id = 1');
  const { maxLiveSecrets, maxStoredBytes } = limits;
  const limited = maxLiveSecrets > 0 || maxStoredBytes > 0;

  function fits(bytes: number): boolean {
    const used = readUsage.get() ?? { secrets: 0, bytes: 0 };
    return (
      (maxLiveSecrets === 0 || used.secrets < maxLiveSecrets) &&
      (maxStoredBytes === 0 || used.bytes + bytes <= maxStoredBytes)
    );
  }

  function createOne(s: NewSecret, now: number): CreateResult {
    if (limited && !fits(s.payload.length)) {
      // Expired records wait for the next purge; they must not keep a live create out.
      purge.run(now);
      if (!fits(s.payload.length)) return 'full';
    }
    const { changes } = insert.run(
      s.id,
      s.payload,
      s.passphraseSalt,
      s.views,
      s.expiresAt,
      s.manageTokenHash,
      s.payload.length,
    );
    return changes === 1 ? 'created' : 'exists';
  }

  function revealOne(id: string, now: number): RevealedSecret | null {
    const row = select.get(id, now);
    if (!row) return null;
    if (row.views_left <= 1) remove.run(id);
    else decrement.run(id);
    return { payload: row.payload, passphraseSalt: row.salt, viewsLeft: row.views_left - 1 };
  }

  // Group commit: writes that arrive in the same event-loop turn share one IMMEDIATE transaction,
  // so the WAL is appended once per batch instead of once per request. Each job still runs its
  // statements back to back inside that transaction, so a reveal stays atomic.
  interface Job {
    run: () => unknown;
    resolve: (value: unknown) => void;
    reject: (error: unknown) => void;
  }
  const MAX_BATCH = 256;
  const queue: Job[] = [];
  let scheduled = false;
  const runBatch = db.transaction((jobs: Job[]) =>
    jobs.map((job) => {
      try {
        return { ok: true as const, value: job.run() };
      } catch (error) {
        // SQLite rolls back only the failed statement; the rest of the batch commits.
        return { ok: false as const, error };
      }
    }),
  );
  function flush(): void {
    const jobs = queue.splice(0, MAX_BATCH);
    if (queue.length > 0) setImmediate(flush);
    else scheduled = false;
    let results: ReturnType<typeof runBatch>;
    try {
      results = runBatch.immediate(jobs);
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    results.forEach((result, i) => {
      const job = jobs[i];
      if (!job) return;
      if (result.ok) job.resolve(result.value);
      else job.reject(result.error);
    });
  }
  function write<T>(run: () => T): Promise<T> {
    if (!open) return Promise.reject(new Error('SQLite store is closed'));
    return new Promise<T>((resolve, reject) => {
      queue.push({ run, resolve: resolve as (value: unknown) => void, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  }

  return {
    kind: 'sqlite',
    create(s: NewSecret, now: number) {
      return write(() => createOne(s, now));
    },
    reveal(id, now) {
      return write(() => revealOne(id, now));
    },
    async status(id, hash, now): Promise<SecretStatus | null> {
      const row = selectOwned.get(id, hash, now);
      return row ? { viewsLeft: row.views_left, expiresAt: row.expires_at } : null;
    },
    revoke(id, hash, now) {
      return write(() => removeOwned.run(id, hash, now).changes === 1);
    },
    async purgeExpired(now) {
      return purge.run(now).changes;
    },
    async usage() {
      return readUsage.get() ?? { secrets: 0, bytes: 0 };
    },
    async ping() {
      if (!open) throw new Error('SQLite store is closed');
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (!open) return;
      // Let queued writes commit before the handle goes away.
      while (queue.length > 0 || scheduled) await new Promise((done) => setImmediate(done));
      open = false;
      await stopCheckpointer();
      db.close();
    },
  };
}
