import { describe, expect, test } from 'vitest';
import { messageSchema } from './message-schemas';

const ok = (message: unknown) => messageSchema.safeParse(message).success;

describe('popup and options messages', () => {
  test('share.createOne takes one secret with bounded expiry, views and passphrase', () => {
    const base = { type: 'share.createOne', secret: 's', expiresIn: 300, views: 1 };
    expect(ok(base)).toBe(true);
    expect(ok({ ...base, passphrase: 'two words' })).toBe(true);
    expect(ok({ ...base, views: 11 })).toBe(false);
    expect(ok({ ...base, expiresIn: 31 * 86_400 })).toBe(false);
    expect(ok({ ...base, passphrase: '' })).toBe(false);
    expect(ok({ ...base, server: 'https://elsewhere.example' })).toBe(false);
  });

  test('link ids are path-safe', () => {
    expect(ok({ type: 'links.status', id: 'abc_DEF-123' })).toBe(true);
    expect(ok({ type: 'links.revoke', id: '../admin' })).toBe(false);
  });

  test('history messages carry no free-form fields', () => {
    expect(ok({ type: 'history.list', limit: 10 })).toBe(true);
    expect(ok({ type: 'history.clear' })).toBe(true);
    expect(ok({ type: 'history.clear', all: true })).toBe(false);
  });
});

describe('guard messages', () => {
  test('setup.open names no page: the background decides which one opens', () => {
    expect(ok({ type: 'setup.open' })).toBe(true);
    expect(ok({ type: 'setup.open', url: 'https://evil.example' })).toBe(false);
  });
});
