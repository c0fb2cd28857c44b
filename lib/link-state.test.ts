import { describe, expect, test } from 'vitest';
import { linkState } from './link-state';

const now = Date.parse('2026-01-01T00:00:00Z');
const link = { expiresAt: now + 60_000, views: 2 };
const live = (viewsLeft: number) => ({
  viewsLeft,
  expiresAt: new Date(link.expiresAt).toISOString(),
});

describe('linkState', () => {
  test('not yet opened while every view is left', () => {
    expect(linkState(link, live(2), now)).toBe('waiting');
  });
  test('opened once a view is used or the server forgot it', () => {
    expect(linkState(link, live(1), now)).toBe('viewed');
    expect(linkState(link, null, now)).toBe('viewed');
  });
  test('expiry and revocation are known locally', () => {
    expect(linkState({ ...link, expiresAt: now }, live(2), now)).toBe('expired');
    expect(linkState({ ...link, revoked: true }, live(2), now)).toBe('revoked');
  });
  test('an unreachable server leaves it unknown', () => {
    expect(linkState(link, undefined, now)).toBe('unknown');
  });
});
