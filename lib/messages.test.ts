import { describe, expect, test } from 'vitest';
import { messageSchema } from './message-schemas';
import { classifySender } from './messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('classifySender', () => {
  test('extension pages are privileged, content scripts are not', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(
      'extension-page',
    );
    expect(
      classifySender({ id: ID, url: 'https://chat.example/', tab: { id: 4 } }, ID, ORIGIN),
    ).toBe('content-script');
  });

  test('anything from another extension or without a tab is refused', () => {
    expect(classifySender({ id: 'other', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBeUndefined();
    expect(classifySender({ id: ID, url: 'https://chat.example/' }, ID, ORIGIN)).toBeUndefined();
    expect(classifySender({}, ID, ORIGIN)).toBeUndefined();
  });
});

describe('messageSchema', () => {
  test('accepts known messages and rejects unknown types or extra fields', () => {
    expect(messageSchema.safeParse({ type: 'guard.ready' }).success).toBe(true);
    expect(messageSchema.safeParse({ type: 'guard.nope' }).success).toBe(false);
    expect(messageSchema.safeParse({ type: 'guard.ready', extra: 1 }).success).toBe(false);
    expect(messageSchema.safeParse('guard.ready').success).toBe(false);
  });

  test('bounds what a share request may carry', () => {
    const share = (secrets: unknown) => messageSchema.safeParse({ type: 'share.create', secrets });
    expect(share(['a-secret']).success).toBe(true);
    expect(share([]).success).toBe(false);
    expect(share(['']).success).toBe(false);
    expect(share(Array.from({ length: 21 }, () => 'x')).success).toBe(false);
    expect(share(['x'.repeat(32 * 1024 + 1)]).success).toBe(false);
  });
});
