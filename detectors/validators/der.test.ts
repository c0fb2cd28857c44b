import { describe, expect, test } from 'vitest';
import { derElement } from '../fake-keys';
import { element, outline, readUint } from './der';

const bin = (...bytes: number[]) => String.fromCharCode(...bytes);
const latin1 = (b: Buffer) => b.toString('latin1');

describe('readUint', () => {
  test('reads big-endian integers of up to six bytes', () => {
    expect(readUint(bin(0x3f, 0x6f, 0xf9, 0xeb), 0, 4)).toBe(0x3f6ff9eb);
    expect(readUint(bin(9, 1, 2), 1, 2)).toBe(0x0102);
    expect(readUint(bin(0xff, 0, 0, 1, 0), 0, 5)).toBe(0xff00000100);
  });

  test('is NaN past the end of the data', () => {
    expect(readUint(bin(1), 0, 2)).toBeNaN();
  });
});

describe('element', () => {
  test('short form', () => {
    expect(element(bin(0x02, 0x01, 0x00), 0, 3)).toEqual([2, 2, 3]);
  });

  test.each([
    ['one length octet', 0x80, 3],
    ['one length octet at its top', 0xff, 3],
    ['two length octets', 0x100, 4],
    ['two length octets at their top', 0xffff, 4],
    ['three length octets', 0x10000, 5],
  ])('long form, %s (%i content bytes)', (_name, size, header) => {
    const d = latin1(derElement(0x04, Buffer.alloc(size)));
    expect(d.length).toBe(header + size);
    expect(element(d, 0, d.length)).toEqual([4, header, header + size]);
    // One byte short: the element runs past the data.
    expect(element(d, 0, d.length - 1)).toBeUndefined();
  });

  test.each([
    ["BER's indefinite length", bin(0x30, 0x80, 0x02, 0x01, 0x00, 0x00, 0x00)],
    ['four length octets', bin(0x04, 0x84, 0, 0, 0, 1, 0)],
    ['a length past the data', bin(0x30, 0x05, 0x02, 0x01)],
    ['a header cut short', bin(0x30, 0x82, 0x01)],
    ['nothing', ''],
  ])('rejects %s', (_name, d) => {
    expect(element(d, 0, d.length)).toBeUndefined();
  });
});

describe('outline', () => {
  const seq = (...parts: Buffer[]) => derElement(0x30, ...parts);
  const int = (...bytes: number[]) => derElement(2, Buffer.from(bytes));

  test("lists each child's tag and first content byte", () => {
    const d = seq(
      int(0),
      seq(derElement(6, Buffer.from([0x2b, 0x65, 0x70]))),
      derElement(4, Buffer.alloc(34, 7)),
    );
    expect(outline(latin1(d))).toBe(',2:0,48:6,4:7');
  });

  test('descends only one level, with long-form children', () => {
    const big = int(0, ...Array.from({ length: 300 }, (_, i) => i & 255));
    expect(outline(latin1(seq(int(1), big, big)))).toBe(',2:1,2:0,2:0');
  });

  test.each([
    ['data after the SEQUENCE', Buffer.concat([seq(int(0)), Buffer.from([0])])],
    ['a SEQUENCE longer than the data', seq(int(0), int(5)).subarray(0, 5)],
    ['a child running past its parent', Buffer.from([0x30, 0x03, 0x02, 0x05, 0x00])],
    ['a SET, not a SEQUENCE', derElement(0x31, int(0))],
  ])('is undefined for %s', (_name, d) => {
    expect(outline(latin1(d))).toBeUndefined();
  });
});
