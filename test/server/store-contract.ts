import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewSecret, SecretStore } from '../../server/store/secret-store';

const hour = 3_600_000;

export function makeSecret(overrides: Partial<NewSecret> = {}): NewSecret {
  return {
    id: randomBytes(16).toString('base64url'),
    payload: 'AQ' + randomBytes(40).toString('base64url'),
    passphraseSalt: null,
    views: 1,
    expiresAt: Date.now() + hour,
    manageTokenHash: randomBytes(32).toString('hex'),
    ...overrides,
  };
}

/** The behaviour every SecretStore must share; run once per implementation. */
export function secretStoreContract(name: string, open: () => Promise<SecretStore>): void {
  describe(`SecretStore contract: ${name}`, () => {
    let store: SecretStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    it('reveals a one-view secret once, then answers null', async () => {
      const s = makeSecret();
      expect(await store.create(s)).toBe(true);
      expect(await store.reveal(s.id, Date.now())).toEqual({
        payload: s.payload,
        passphraseSalt: null,
        viewsLeft: 0,
      });
      expect(await store.reveal(s.id, Date.now())).toBeNull();
      expect(await store.status(s.id, s.manageTokenHash, Date.now())).toBeNull();
    });

    it('counts several views and keeps the passphrase salt', async () => {
      const s = makeSecret({ views: 3, passphraseSalt: randomBytes(16).toString('base64url') });
      await store.create(s);
      const left: number[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await store.reveal(s.id, Date.now());
        expect(r?.payload).toBe(s.payload);
        expect(r?.passphraseSalt).toBe(s.passphraseSalt);
        left.push(r?.viewsLeft ?? -1);
      }
      expect(left).toEqual([2, 1, 0]);
      expect(await store.reveal(s.id, Date.now())).toBeNull();
    });

    it('refuses a duplicate id and keeps the first record', async () => {
      const s = makeSecret();
      expect(await store.create(s)).toBe(true);
      expect(await store.create({ ...s, payload: 'AQ' + 'B'.repeat(40) })).toBe(false);
      expect((await store.reveal(s.id, Date.now()))?.payload).toBe(s.payload);
    });

    it('answers status and revoke only to the right token hash', async () => {
      const s = makeSecret({ views: 2 });
      await store.create(s);
      const wrong = randomBytes(32).toString('hex');
      expect(await store.status(s.id, wrong, Date.now())).toBeNull();
      expect(await store.status(s.id, s.manageTokenHash, Date.now())).toEqual({
        viewsLeft: 2,
        expiresAt: s.expiresAt,
      });
      expect(await store.revoke(s.id, wrong, Date.now())).toBe(false);
      expect(await store.revoke(s.id, s.manageTokenHash, Date.now())).toBe(true);
      expect(await store.revoke(s.id, s.manageTokenHash, Date.now())).toBe(false);
      expect(await store.reveal(s.id, Date.now())).toBeNull();
    });

    it('never returns an expired record, even before the purge', async () => {
      const now = Date.now();
      const s = makeSecret({ views: 5, expiresAt: now + 60_000 });
      await store.create(s);
      const later = now + 61_000;
      expect(await store.status(s.id, s.manageTokenHash, later)).toBeNull();
      expect(await store.revoke(s.id, s.manageTokenHash, later)).toBe(false);
      expect(await store.reveal(s.id, later)).toBeNull();
    });

    it('purges expired records and keeps live ones', async () => {
      const old = makeSecret({ expiresAt: Date.now() + 150 });
      const live = makeSecret({ expiresAt: Date.now() + hour });
      await store.create(old);
      await store.create(live);
      await new Promise((done) => setTimeout(done, 250));
      await store.purgeExpired(Date.now());
      expect(await store.status(old.id, old.manageTokenHash, Date.now())).toBeNull();
      // Asked with a clock from before the expiry: only a real removal answers null here.
      expect(await store.status(old.id, old.manageTokenHash, old.expiresAt - 100)).toBeNull();
      expect(await store.status(live.id, live.manageTokenHash, Date.now())).not.toBeNull();
    });

    it('200 concurrent reveals of a one-view secret succeed exactly once', async () => {
      const s = makeSecret();
      await store.create(s);
      const results = await Promise.all(
        Array.from({ length: 200 }, () => store.reveal(s.id, Date.now())),
      );
      expect(results.filter((r) => r !== null)).toHaveLength(1);
    });

    it('answers ping while open', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
