import { describe, expect, test } from 'vitest';
import { bech32Decode, bech32Encode } from './bech32';

// BIP-173 test vectors: https://github.com/bitcoin/bips/blob/master/bip-0173.mediawiki#test-vectors
const VALID = [
  'A12UEL5L',
  'a12uel5l',
  'an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs',
  'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw',
  '11' + 'q'.repeat(82) + 'c8247j',
  'split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w',
  '?1ezyfcl',
];

const INVALID: [string, string][] = [
  ['\x201nwldj5', 'HRP character out of range'],
  ['\x7f1axkwrx', 'HRP character out of range'],
  ['\x801eym55h', 'HRP character out of range'],
  [
    'an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx',
    'overall max length exceeded',
  ],
  ['pzry9x0s0muk', 'no separator character'],
  ['1pzry9x0s0muk', 'empty HRP'],
  ['x1b4n0q5v', 'invalid data character'],
  ['li1dgmt3', 'too short checksum'],
  ['de1lg7wt\xff', 'invalid character in checksum'],
  ['A1G7SGD8', 'checksum calculated with upper-case HRP'],
  ['10a06t8', 'empty HRP'],
  ['1qzzfhee', 'empty HRP'],
];

describe('bech32', () => {
  test.each(VALID)('accepts %s', (text) => {
    expect(bech32Decode(text)?.variant).toBe('bech32');
  });

  test.each(INVALID)('rejects %j (%s)', (text) => {
    expect(bech32Decode(text)).toBeNull();
  });

  test('rejects mixed case', () => {
    expect(bech32Decode('A12uEL5L')).toBeNull();
  });

  test('encode round-trips and a flipped character breaks the checksum', () => {
    const data = Array.from({ length: 52 }, (_, i) => (i * 7) % 32);
    const encoded = bech32Encode('age-secret-key-', data);
    expect(bech32Decode(encoded)).toEqual({ hrp: 'age-secret-key-', data, variant: 'bech32' });
    expect(bech32Decode(encoded.toUpperCase())?.data).toEqual(data);
    const last = encoded.charAt(encoded.length - 1);
    const flipped = encoded.slice(0, -1) + (last === 'q' ? 'p' : 'q');
    expect(bech32Decode(flipped)).toBeNull();
  });
});
