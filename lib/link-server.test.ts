import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/server/harness';
import { startPrivateBin, type RunningPrivateBin } from '../test/server/privatebin-server';
import { detectLinkServer, forgetLinkServer, linkServerFor } from './link-server';
import { ShareError } from './share-client';

describe('detects the kind of link server from the server itself', () => {
  let pb: RunningPrivateBin;
  beforeAll(async () => {
    pb = await startPrivateBin();
  }, 30_000);
  afterAll(() => pb?.stop());

  it('PrivateBin: creates, says status unknown, revokes', async () => {
    const server = await linkServerFor({ server: pb.url });
    expect(server.kind).toBe('privatebin');
    expect(await linkServerFor({ server: pb.url.replace(/\/$/, '') })).toBe(server);
    const link = await server.create('not a key, just text', { server: pb.url, views: 1 });
    const manage = { server: pb.url, id: link.id, manageToken: link.manageToken };
    expect(await server.status(manage)).toBe('unknown');
    expect(await server.revoke(manage)).toBe(true);
    forgetLinkServer(pb.url);
  });

  it('Keywarden', async () => {
    const t = makeTestApp();
    try {
      const fetch = (input: string, init?: RequestInit) =>
        Promise.resolve(t.app.request(input, init));
      const server = await detectLinkServer({ server: 'http://localhost', fetch });
      expect(server.kind).toBe('keywarden');
    } finally {
      await t.cleanup();
    }
  });

  it('anything else is named as neither, and not cached', async () => {
    const fetch = () => Promise.resolve(new Response('<html>hello</html>', { status: 200 }));
    const error = await linkServerFor({ server: 'https://example.org', fetch }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ShareError);
    expect((error as ShareError).code).toBe('invalid-server');
    const later = await linkServerFor({ server: pb.url.replace('127.0.0.1', 'localhost') });
    expect(later.kind).toBe('privatebin');
  });
});
