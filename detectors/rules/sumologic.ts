import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Sumo Logic access keys (64 base62); the "su…" access id beside them is an identifier. */
export const sumologicRules = [
  defineRule({
    id: 'sumologic-access-key',
    provider: 'sumo-logic',
    title: 'Sumo Logic access key',
    keywords: ['sumo'],
    // 64 alphanumerics, shown once next to its 14-character access id.
    // https://help.sumologic.com/docs/manage/security/access-keys/
    pattern: nearKeyword('(?<![a-z])sumo', '[A-Za-z0-9]{64}'),
    minEntropy: 4.5,
    confidence: 'medium',
    rotateUrl: 'https://help.sumologic.com/docs/manage/security/access-keys/',
    examples: () => {
      const f = fake(2341);
      const a = f.chars(64);
      return {
        match: [
          { text: `SUMO_ACCESS_KEY=${a}`, secret: a },
          { text: `sumologic:\n  access_key: "${a}"`, secret: a },
        ],
        noMatch: [
          { text: `SUMO_ACCESS_ID=su${f.chars(12)}`, why: 'access id, an identifier' },
          { text: `consumo=${f.chars(64)}`, why: 'the letters inside another word' },
        ],
      };
    },
  }),
];
