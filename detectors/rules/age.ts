import { fake } from '../fake';
import { defineRule } from '../rule';
import { bech32Decode, bech32Encode } from '../validators/bech32';

const HRP = 'age-secret-key-';

/** A real identity is bech32 over the HRP with 32 bytes (52 five-bit groups) of key. */
function isAgeIdentity(secret: string): boolean {
  const decoded = bech32Decode(secret);
  return decoded !== null && decoded.hrp === HRP && decoded.data.length === 52;
}

/** age X25519 identities (private keys). */
export const ageRules = [
  defineRule({
    id: 'age-secret-key',
    provider: 'age',
    title: 'age secret key (X25519 identity)',
    keywords: ['age-secret-key-1'],
    // AGE-SECRET-KEY-1 + 58 upper-case bech32 chars (52 data + 6 checksum). https://age-encryption.org/v1
    pattern: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/,
    validate: isAgeIdentity,
    examples: () => {
      const f = fake(961);
      const key = () =>
        bech32Encode(
          HRP,
          Array.from({ length: 52 }, () => f.int(0, 31)),
        ).toUpperCase();
      const good = key();
      const last = good.charAt(good.length - 1);
      return {
        match: [good, key()],
        noMatch: [
          { text: good.slice(0, -1) + (last === 'Q' ? 'P' : 'Q'), why: 'bad bech32 checksum' },
          { text: 'AGE-SECRET-' + 'KEY-1' + 'Q'.repeat(58), why: 'placeholder' },
          {
            text: 'age1' + f.chars(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'),
            why: 'recipient (public key)',
          },
        ],
      };
    },
  }),
];
