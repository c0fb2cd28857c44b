import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Flickr API keys (32 hex) and their secrets (16 hex): context only. */
export const flickrRules = [
  defineRule({
    id: 'flickr-api-credential',
    provider: 'flickr',
    title: 'Flickr API key or secret',
    keywords: ['flickr'],
    // Key: 32 hex; secret: 16 hex. https://www.flickr.com/services/api/misc.api_keys.html
    pattern: nearKeyword('flickr', '[a-f0-9]{32}|[a-f0-9]{16}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://www.flickr.com/services/apps/by/me',
    examples: () => {
      const f = fake(2461);
      const a = f.chars(32, 'hexLower');
      const b = f.chars(16, 'hexLower');
      return {
        match: [
          { text: `FLICKR_API_KEY=${a}`, secret: a },
          { text: `flickr:\n  secret: ${b}`, secret: b },
        ],
        noMatch: [
          {
            text: `FLICKR_USER_ID=${f.chars(8, 'digits')}@N0${f.chars(1, 'digits')}`,
            why: 'a user id',
          },
          { text: `checksum=${f.chars(32, 'hexLower')}`, why: 'a hash with no Flickr name' },
        ],
      };
    },
  }),
];
