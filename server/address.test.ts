import { describe, expect, it } from 'vitest';
import { isLoopback, limiterKey } from './address';

describe('limiterKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['203.0.113.7:4431', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::FFFF:cb00:7107', '203.0.113.7'],
    ['0:0:0:0:0:ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['[2001:db8:1:2::9]:443', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['2001:db8::', '2001:db8:0:0::/64'],
    ['::', '0:0:0:0::/64'],
    ['2001:db8:1:2::0.0.0.1', '2001:db8:1:2::/64'],
  ])('keys %s as %s', (address, key) => {
    expect(limiterKey(address)).toBe(key);
  });

  it('keeps neighbouring /64s and addresses apart', () => {
    expect(limiterKey('2001:db8:1:3::1')).not.toBe(limiterKey('2001:db8:1:2::1'));
    expect(limiterKey('203.0.113.8')).not.toBe(limiterKey('203.0.113.7'));
  });

  it.each(['local', 'unknown', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', '256.1.1.1', ':::'])(
    'passes %s through unparsed',
    (text) => {
      expect(limiterKey(text)).toBe(text);
    },
  );
});

describe('isLoopback', () => {
  it.each(['127.0.0.1', '127.8.9.10', '::1', '[::1]', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1'])(
    '%s is loopback',
    (address) => {
      expect(isLoopback(address)).toBe(true);
    },
  );
  it.each(['10.0.0.1', '::', '::2', '::ffff:10.0.0.1', '128.0.0.1', 'local', 'unknown', ''])(
    '%s is not',
    (address) => {
      expect(isLoopback(address)).toBe(false);
    },
  );
});
