import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** Airtable personal access tokens and legacy API keys. */
export const airtableRules = [
  defineRule({
    id: 'airtable-personal-access-token',
    provider: 'airtable',
    title: 'Airtable personal access token',
    keywords: ['pat'],
    // pat + 14 base62 (token id) + . + 64 hex (secret). https://airtable.com/developers/web/guides/personal-access-tokens
    pattern: /\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b/,
    minEntropy: 3.5,
    rotateUrl: 'https://airtable.com/create/tokens',
    examples: () => {
      const f = fake(691);
      return {
        match: [
          'pat' + f.chars(14) + '.' + f.chars(64, 'hexLower'),
          'pat' + f.chars(14) + '.' + f.chars(64, 'hexLower'),
        ],
        noMatch: [
          { text: 'pat' + f.chars(14), why: 'token id only' },
          { text: 'pat' + f.chars(14) + '.' + f.chars(40, 'hexLower'), why: 'secret too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'airtable-api-key',
    provider: 'airtable',
    title: 'Airtable API key (legacy)',
    keywords: ['airtable'],
    // key + 14 base62, retired in 2024 but still pasted. https://support.airtable.com/docs/airtable-api-key-deprecation-notice
    pattern: nearKeyword('airtable', 'key[A-Za-z0-9]{14}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://airtable.com/create/tokens',
    examples: () => {
      const f = fake(692);
      const a = 'key' + f.chars(14);
      const b = 'key' + f.chars(14);
      return {
        match: [
          { text: `AIRTABLE_API_KEY=${a}`, secret: a },
          { text: `new Airtable({ apiKey: '${b}' })`, secret: b },
        ],
        noMatch: [
          { text: `AIRTABLE_BASE_ID=app${f.chars(14)}`, why: 'base id, not secret' },
          genericSecret(`api_key=key${f.chars(14)}`, 'no Airtable name'),
        ],
      };
    },
  }),
];
