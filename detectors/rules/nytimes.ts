import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** New York Times developer API keys (32 alphanumerics): context only. */
export const nytimesRules = [
  defineRule({
    id: 'nytimes-api-key',
    provider: 'new-york-times',
    title: 'New York Times API key',
    keywords: ['nytimes', 'newyorktimes', 'new_york_times', 'new-york-times'],
    // 32 alphanumerics, sent as ?api-key=. https://developer.nytimes.com/get-started
    pattern: nearKeyword('nytimes|new[_-]?york[_-]?times', '[A-Za-z0-9]{32}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://developer.nytimes.com/my-apps',
    examples: () => {
      const f = fake(2391);
      const a = f.chars(32);
      return {
        match: [
          { text: `NYTIMES_API_KEY=${a}`, secret: a },
          { text: `nytimes:\n  api_key: "${a}"`, secret: a },
        ],
        noMatch: [
          genericSecret(`NYTIMES_API_KEY=${f.chars(24)}`, 'wrong length'),
          { text: `md5 ${f.chars(32, 'hexLower')}`, why: 'a hash with no NYT name' },
        ],
      };
    },
  }),
];
