import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** Finnhub API keys (20 lower-case alphanumerics): context only. */
export const finnhubRules = [
  defineRule({
    id: 'finnhub-api-key',
    provider: 'finnhub',
    title: 'Finnhub API key',
    keywords: ['finnhub'],
    // 20 lower-case alphanumerics, sent as ?token= or X-Finnhub-Token. https://finnhub.io/docs/api/authentication
    pattern: nearKeyword('finnhub', '[a-z0-9]{20}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://finnhub.io/dashboard',
    examples: () => {
      const f = fake(2451);
      const a = f.chars(20, 'alnumLower');
      return {
        match: [
          { text: `FINNHUB_API_KEY=${a}`, secret: a },
          { text: `-H "X-Finnhub-Token: ${a}"`, secret: a },
        ],
        noMatch: [
          { text: `FINNHUB_API_KEY=${f.chars(12, 'alnumLower')}`, why: 'too short' },
          genericSecret(`token=${f.chars(20, 'alnumLower')}`, 'no Finnhub name'),
        ],
      };
    },
  }),
];
