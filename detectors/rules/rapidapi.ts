import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** RapidAPI application keys (50 alphanumerics, no prefix): context only. */
export const rapidapiRules = [
  defineRule({
    id: 'rapidapi-key',
    provider: 'rapidapi',
    title: 'RapidAPI application key',
    keywords: ['rapidapi'],
    // 50 alphanumerics, sent as X-RapidAPI-Key. https://docs.rapidapi.com/docs/keys-and-key-rotation
    pattern: nearKeyword('rapidapi', '[A-Za-z0-9]{50}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://rapidapi.com/developer/apps',
    examples: () => {
      const f = fake(2401);
      const a = f.chars(50);
      return {
        match: [
          { text: `RAPIDAPI_KEY=${a}`, secret: a },
          { text: `"X-RapidAPI-Key": "${a}"`, secret: a },
        ],
        noMatch: [
          { text: `RAPIDAPI_HOST=${f.chars(12, 'lower')}.p.rapidapi.com`, why: 'a host name' },
          genericSecret(`api_key=${f.chars(50)}`, 'no RapidAPI name'),
        ],
      };
    },
  }),
];
