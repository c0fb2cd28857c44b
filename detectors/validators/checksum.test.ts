import { describe, expect, test } from 'vitest';
import { crc32, toBase36, toBase62, toHex } from './checksum';

describe('checksum', () => {
  test('crc32 matches the IEEE check value', () => {
    // The standard check input for CRC-32/ISO-HDLC is "123456789" → 0xCBF43926.
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });

  test('fixed-width encodings pad and truncate', () => {
    expect(toBase62(0, 6)).toBe('000000');
    expect(toBase62(61, 2)).toBe('0z');
    expect(toBase62(62, 2)).toBe('10');
    expect(toBase36(35, 3)).toBe('00z');
    expect(toHex(0xcbf43926)).toBe('cbf43926');
  });
});
