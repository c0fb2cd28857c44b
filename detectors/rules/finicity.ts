import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** Finicity (Mastercard Open Banking) app keys and partner secrets: context only. */
export const finicityRules = [
  defineRule({
    id: 'finicity-credential',
    provider: 'finicity',
    title: 'Finicity app key or partner secret',
    keywords: ['finicity'],
    // App key: 32 hex (Finicity-App-Key); partner secret: 20 alphanumerics.
    // https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/
    pattern: nearKeyword('finicity', '[a-f0-9]{32}|[A-Za-z0-9]{20}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://developer.mastercard.com/dashboard',
    examples: () => {
      const f = fake(2441);
      const a = f.chars(32, 'hexLower');
      const b = f.chars(20);
      return {
        match: [
          { text: `FINICITY_APP_KEY=${a}`, secret: a },
          { text: `finicity:\n  partner_secret: "${b}"`, secret: b },
        ],
        noMatch: [
          {
            text: `FINICITY_PARTNER_ID=${f.chars(13, 'digits')}`,
            why: 'partner id, an identifier',
          },
          genericSecret(`app_key=${f.chars(32, 'hexLower')}`, 'no Finicity name'),
        ],
      };
    },
  }),
];
