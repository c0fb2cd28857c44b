import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSecret, secretStoreContract } from '../../test/server/store-contract';
import { openSqliteStore, SQLITE_FILE } from './sqlite';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kw-sqlite-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

secretStoreContract('sqlite', async (limits) => openSqliteStore(tempDir(), limits));

describe('sqlite store', () => {
  it('keeps records across a close and reopen of the same file', async () => {
    const dir = tempDir();
    const first = openSqliteStore(dir);
    const now = Date.now();
    const s = makeSecret({ views: 2 });
    await first.create(s, now);
    await first.close();
    const second = openSqliteStore(dir);
    expect((await second.reveal(s.id, Date.now()))?.viewsLeft).toBe(1);
    await second.close();
  });

  it('two handles on one file (as two processes) never pass the cap together', async () => {
    const dir = tempDir();
    const limits = { maxLiveSecrets: 30, maxStoredBytes: 0 };
    const [a, b] = [openSqliteStore(dir, limits), openSqliteStore(dir, limits)];
    const results = await Promise.all(
      Array.from({ length: 120 }, (_, i) => (i % 2 ? a : b).create(makeSecret(), Date.now())),
    );
    expect(results.filter((r) => r === 'created')).toHaveLength(30);
    expect(await a.usage()).toEqual(await b.usage());
    await a.close();
    await b.close();
  });

  it('counts the records of a file written before the caps existed', async () => {
    const dir = tempDir();
    const old = new Database(join(dir, SQLITE_FILE));
    old.exec(`CREATE TABLE secrets (id TEXT PRIMARY KEY, payload TEXT NOT NULL, salt TEXT,
      views_left INTEGER NOT NULL, expires_at INTEGER NOT NULL, token_hash TEXT NOT NULL)
      WITHOUT ROWID`);
    const insert = old.prepare('INSERT INTO secrets VALUES (?, ?, NULL, 1, ?, ?)');
    const records = [makeSecret(), makeSecret()];
    for (const r of records) insert.run(r.id, r.payload, r.expiresAt, r.manageTokenHash);
    old.close();
    const store = openSqliteStore(dir, { maxLiveSecrets: 3, maxStoredBytes: 0 });
    const bytes = records.reduce((sum, r) => sum + r.payload.length, 0);
    expect(await store.usage()).toEqual({ secrets: 2, bytes });
    expect(await store.create(makeSecret(), Date.now())).toBe('created');
    expect(await store.create(makeSecret(), Date.now())).toBe('full');
    await store.close();
    // Reopening does not count them twice.
    const again = openSqliteStore(dir);
    expect((await again.usage()).secrets).toBe(3);
    await again.close();
  });

  it('purgeExpired reports how many records it removed', async () => {
    const store = openSqliteStore(tempDir());
    const now = Date.now();
    await store.create(makeSecret({ expiresAt: now + 10 }), now);
    await store.create(makeSecret({ expiresAt: now + 20 }), now);
    await store.create(makeSecret({ expiresAt: now + 3_600_000 }), now);
    expect(await store.purgeExpired(now + 100)).toBe(2);
    await store.close();
  });
});
