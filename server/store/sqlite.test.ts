import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSecret, secretStoreContract } from '../../test/server/store-contract';
import { openSqliteStore } from './sqlite';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kw-sqlite-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

secretStoreContract('sqlite', async () => openSqliteStore(tempDir()));

describe('sqlite store', () => {
  it('keeps records across a close and reopen of the same file', async () => {
    const dir = tempDir();
    const first = openSqliteStore(dir);
    const s = makeSecret({ views: 2 });
    await first.create(s);
    await first.close();
    const second = openSqliteStore(dir);
    expect((await second.reveal(s.id, Date.now()))?.viewsLeft).toBe(1);
    await second.close();
  });

  it('purgeExpired reports how many records it removed', async () => {
    const store = openSqliteStore(tempDir());
    const now = Date.now();
    await store.create(makeSecret({ expiresAt: now + 10 }));
    await store.create(makeSecret({ expiresAt: now + 20 }));
    await store.create(makeSecret({ expiresAt: now + 3_600_000 }));
    expect(await store.purgeExpired(now + 100)).toBe(2);
    await store.close();
  });
});
