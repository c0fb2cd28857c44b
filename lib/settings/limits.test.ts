import { describe, expect, test } from 'vitest';
import { inRange, SHARE_VIEWS } from './limits';

describe('inRange', () => {
  test('a form value becomes a whole number inside the range', () => {
    expect(inRange(SHARE_VIEWS, '3', 1)).toBe(3);
    expect(inRange(SHARE_VIEWS, '2.6', 1)).toBe(3);
    expect(inRange(SHARE_VIEWS, '99', 1)).toBe(SHARE_VIEWS.max);
    expect(inRange(SHARE_VIEWS, '-4', 1)).toBe(SHARE_VIEWS.min);
  });

  test('text that is no number takes the fallback', () => {
    expect(inRange(SHARE_VIEWS, '', 2)).toBe(2);
    expect(inRange(SHARE_VIEWS, 'abc', 2)).toBe(2);
  });
});
