import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listLinks } from '@/lib/history';
import { parsePrivateBinLink } from '@/lib/privatebin-client';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { replaceSettings } from '@/lib/settings/store';
import { startPrivateBin, type RunningPrivateBin } from '@/test/server/privatebin-server';
import { revoke, statusOf } from './links';
import { shareOne, shareSecrets } from './share';

let pb: RunningPrivateBin;
beforeAll(async () => {
  pb = await startPrivateBin();
}, 30_000);
afterAll(() => pb?.stop());
beforeEach(async () => {
  fakeBrowser.reset();
  // The user's default is three views: the dialog's PrivateBin links still go out, for one.
  await replaceSettings({
    ...DEFAULT_SETTINGS,
    serverUrl: pb.url,
    share: { ...DEFAULT_SETTINGS.share, views: 3 },
  });
});

test('the dialog’s links go to a PrivateBin URL as #- links, for one view', async () => {
  const reply = await shareSecrets(['first text', 'second text']);
  if (!reply.ok) throw new Error(reply.reason);
  expect(reply.links.map((link) => parsePrivateBinLink(link)?.id)).toHaveLength(2);
  expect(reply.links.every((link) => /\/\?[a-f0-9]{16}#-/.test(link))).toBe(true);
  const stored = await listLinks();
  expect(stored.slice(0, 2).map((l) => l.views)).toEqual([1, 1]);
});

test('the popup’s share refuses more than one view, and takes a passphrase', async () => {
  expect(await shareOne('some text', { expiresIn: 3600, views: 2 })).toEqual({
    ok: false,
    reason: 'one-view-only',
  });
  const reply = await shareOne('some text', { expiresIn: 3600, views: 1, passphrase: 'pp' });
  expect(reply.ok).toBe(true);
});

test('status is unknown and revoke uses the delete token', async () => {
  const reply = await shareOne('some text', { expiresIn: 3600, views: 1 });
  if (!reply.ok) throw new Error(reply.reason);
  const id = parsePrivateBinLink(reply.link)?.id ?? '';
  expect(await statusOf(id)).toEqual({ ok: true, state: 'unknown' });
  expect(await revoke(id)).toEqual({ ok: true, state: 'revoked' });
  expect(await statusOf(id)).toMatchObject({ ok: true, state: 'revoked' });
});
