import { describe, expect, it } from 'vitest';
import { keySlot } from './key-slot';

describe('keySlot', () => {
  it('matches the cluster specification', () => {
    // The spec's own example: CRC16("123456789") is 0x31C3.
    expect(keySlot('123456789')).toBe(0x31c3 % 16384);
    // Values Redis answers to CLUSTER KEYSLOT.
    expect(keySlot('somekey')).toBe(11058);
    expect(keySlot('foo')).toBe(12182);
  });

  it('hashes only the first non-empty hash tag', () => {
    expect(keySlot('{user1000}.following')).toBe(keySlot('user1000'));
    // The spec's examples: an empty tag hashes the whole key; the tag ends at the first '}'.
    expect(keySlot('foo{}{bar}')).not.toBe(keySlot('bar'));
    expect(keySlot('foo{{bar}}zap')).toBe(keySlot('{bar'));
    expect(keySlot('{kw:secret:}~live')).toBe(keySlot('{kw:secret:}~bytes'));
  });
});
