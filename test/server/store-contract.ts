import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewSecret, SecretStore, StoreLimits } from '../../server/store/secret-store';

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

/** `s` opens once more, as its last view, then is gone, and nothing is left counted. */
export async function expectLastViewOnce(store: SecretStore, s: NewSecret): Promise<void> {
  expect(await store.reveal(s.id, Date.now())).toMatchObject({ payload: s.payload, viewsLeft: 0 });
  expect(await store.reveal(s.id, Date.now())).toBeNull();
  expect(await store.usage()).toEqual({ secrets: 0, bytes: 0 });
}

/**
 * The behaviour every SecretStore must share; run once per implementation. Each `open` must give a
 * store of its own (its own file or key prefix), empty, with `limits`.
 */
export function secretStoreContract(
  name: string,
  open: (limits?: StoreLimits) => Promise<SecretStore>,
): void {
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
      expect(await store.create(s, Date.now())).toBe('created');
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
      await store.create(s, Date.now());
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
      expect(await store.create(s, Date.now())).toBe('created');
      // Another create (its own manage token) that drew the same id.
      const other = {
        payload: 'AQ' + 'B'.repeat(40),
        manageTokenHash: makeSecret().manageTokenHash,
      };
      expect(await store.create({ ...s, ...other }, Date.now())).toBe('exists');
      expect((await store.reveal(s.id, Date.now()))?.payload).toBe(s.payload);
    });

    it('answers status and revoke only to the right token hash', async () => {
      const s = makeSecret({ views: 2 });
      await store.create(s, Date.now());
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
      await store.create(s, Date.now());
      const later = now + 61_000;
      expect(await store.status(s.id, s.manageTokenHash, later)).toBeNull();
      expect(await store.revoke(s.id, s.manageTokenHash, later)).toBe(false);
      expect(await store.reveal(s.id, later)).toBeNull();
    });

    it('purges expired records and keeps live ones', async () => {
      const old = makeSecret({ expiresAt: Date.now() + 150 });
      const live = makeSecret({ expiresAt: Date.now() + hour });
      await store.create(old, Date.now());
      await store.create(live, Date.now());
      await new Promise((done) => setTimeout(done, 250));
      await store.purgeExpired(Date.now());
      expect(await store.status(old.id, old.manageTokenHash, Date.now())).toBeNull();
      // Asked with a clock from before the expiry: only a real removal answers null here.
      expect(await store.status(old.id, old.manageTokenHash, old.expiresAt - 100)).toBeNull();
      expect(await store.status(live.id, live.manageTokenHash, Date.now())).not.toBeNull();
    });

    it('200 concurrent reveals of a one-view secret succeed exactly once', async () => {
      const s = makeSecret();
      await store.create(s, Date.now());
      const results = await Promise.all(
        Array.from({ length: 200 }, () => store.reveal(s.id, Date.now())),
      );
      expect(results.filter((r) => r !== null)).toHaveLength(1);
    });

    describe('caps', () => {
      const opened: SecretStore[] = [];
      const capped = async (limits: Partial<StoreLimits>) => {
        const store = await open({ maxLiveSecrets: 0, maxStoredBytes: 0, ...limits });
        opened.push(store);
        return store;
      };
      afterAll(async () => {
        for (const s of opened) await s.close();
      });

      it('refuses a create past the live-secret cap until a reveal, revoke or expiry', async () => {
        const capStore = await capped({ maxLiveSecrets: 2 });
        const now = Date.now();
        const once = makeSecret();
        const twice = makeSecret({ views: 2 });
        expect(await capStore.create(once, now)).toBe('created');
        expect(await capStore.create(twice, now)).toBe('created');
        expect(await capStore.create(makeSecret(), now)).toBe('full');
        // A view that leaves the record in place frees nothing; the last one does.
        await capStore.reveal(twice.id, now);
        expect(await capStore.create(makeSecret(), now)).toBe('full');
        await capStore.reveal(once.id, now);
        const soon = makeSecret({ expiresAt: now + 60_000 });
        expect(await capStore.create(soon, now)).toBe('created');
        expect(await capStore.create(makeSecret(), now)).toBe('full');
        expect(await capStore.revoke(twice.id, twice.manageTokenHash, now)).toBe(true);
        expect(await capStore.create(makeSecret(), now)).toBe('created');
        expect(await capStore.create(makeSecret(), now)).toBe('full');
        // `soon` has expired by then: it counts until removed, and the create removes it.
        expect(await capStore.create(makeSecret(), now + 61_000)).toBe('created');
        expect(await capStore.usage()).toMatchObject({ secrets: 2 });
      });

      it('refuses a create past the byte cap, counting base64url payload bytes', async () => {
        const size = makeSecret().payload.length;
        const capStore = await capped({ maxStoredBytes: 3 * size });
        const now = Date.now();
        const first = makeSecret();
        for (const s of [first, makeSecret(), makeSecret()]) {
          expect(await capStore.create(s, now)).toBe('created');
        }
        expect(await capStore.usage()).toEqual({ secrets: 3, bytes: 3 * size });
        expect(await capStore.create(makeSecret(), now)).toBe('full');
        await capStore.reveal(first.id, now);
        expect(await capStore.usage()).toEqual({ secrets: 2, bytes: 2 * size });
        const larger = makeSecret({ payload: first.payload + 'AAAA' });
        expect(await capStore.create(larger, now)).toBe('full');
        expect(await capStore.create(makeSecret(), now)).toBe('created');
      });

      it('stops concurrent creates exactly at the cap', async () => {
        const capStore = await capped({ maxLiveSecrets: 25 });
        const results = await Promise.all(
          Array.from({ length: 200 }, () => capStore.create(makeSecret(), Date.now())),
        );
        expect(results.filter((r) => r === 'created')).toHaveLength(25);
        expect(results.filter((r) => r === 'full')).toHaveLength(175);
        expect(await capStore.usage()).toMatchObject({ secrets: 25 });
      });

      it('leaves the count as it was when an id is taken', async () => {
        const capStore = await capped({});
        const s = makeSecret();
        expect(await capStore.create(s, Date.now())).toBe('created');
        const other = { ...s, manageTokenHash: makeSecret().manageTokenHash };
        expect(await capStore.create(other, Date.now())).toBe('exists');
        expect(await capStore.usage()).toEqual({ secrets: 1, bytes: s.payload.length });
      });

      it('drops purged records from the count', async () => {
        const capStore = await capped({});
        const now = Date.now();
        const s = makeSecret({ expiresAt: now + 150 });
        await capStore.create(s, now);
        await capStore.create(makeSecret(), now);
        expect(await capStore.usage()).toEqual({ secrets: 2, bytes: 2 * s.payload.length });
        await new Promise((done) => setTimeout(done, 250));
        await capStore.purgeExpired(Date.now());
        expect(await capStore.usage()).toEqual({ secrets: 1, bytes: s.payload.length });
      });
    });

    it('answers ping while open', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
