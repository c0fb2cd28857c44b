// Written by `npx tsx scripts/write-english-bigrams.ts` from Debian's wamerican word list
// (63875 lower-case words): bit a*26+b is set when the letter pair ab occurs in at least
// 100 of them.
export const ENGLISH_BIGRAMS =
  'efdbeff44295459d4e15656954ffdfff5c429741d96615446974f7cfeb64001401192405f473f4311f41df7fbf4f7dfef5462b74000001cf7fbf55bdfd5dd6e975f79fe044401001996600540220519f604440008';
