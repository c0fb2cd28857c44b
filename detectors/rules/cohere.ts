import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** Cohere API keys have no prefix, so they need a Cohere name beside them. */
export const cohereRules = [
  defineRule({
    id: 'cohere-api-key',
    provider: 'cohere',
    title: 'Cohere API key',
    keywords: ['cohere', 'co_api_key'],
    // 40 base62 named COHERE_API_KEY / CO_API_KEY. https://docs.cohere.com/reference/about
    pattern: nearKeyword('cohere|co_api_key', '[A-Za-z0-9]{40}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://dashboard.cohere.com/api-keys',
    examples: () => {
      const f = fake(431);
      const a = f.chars(40);
      const b = f.chars(40);
      return {
        match: [
          { text: `COHERE_API_KEY=${a}`, secret: a },
          { text: `co = cohere.ClientV2("${b}")`, secret: b },
          { text: `Cohere key: ${a}`, secret: a },
        ],
        noMatch: [
          genericSecret(`API_KEY=${f.chars(40)}`, 'no Cohere name'),
          { text: `COHERE_API_KEY=${f.chars(32)}`, why: 'wrong length' },
        ],
      };
    },
  }),
];
