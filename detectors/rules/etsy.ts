import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Etsy Open API v3 keystrings (24 lower-case alphanumerics): context only. */
export const etsyRules = [
  defineRule({
    id: 'etsy-api-key',
    provider: 'etsy',
    title: 'Etsy API keystring',
    keywords: ['etsy'],
    // 24 lower-case alphanumerics, sent as x-api-key. https://developers.etsy.com/documentation/essentials/authentication
    pattern: nearKeyword('(?<![a-z])etsy', '[a-z0-9]{24}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://www.etsy.com/developers/your-apps',
    examples: () => {
      const f = fake(2421);
      const a = f.chars(24, 'alnumLower');
      return {
        match: [
          { text: `ETSY_API_KEY=${a}`, secret: a },
          { text: `etsy:\n  keystring: ${a}`, secret: a },
        ],
        noMatch: [
          { text: `betsy_id=${f.chars(24, 'alnumLower')}`, why: 'the letters inside another word' },
          { text: `ETSY_SHOP_ID=${f.chars(8, 'digits')}`, why: 'a shop id' },
        ],
      };
    },
  }),
];
