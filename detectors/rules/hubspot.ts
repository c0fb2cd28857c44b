import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { UUID, nearKeyword } from './rule-parts';

/** HubSpot private-app access tokens and legacy developer API keys. */
export const hubspotRules = [
  defineRule({
    id: 'hubspot-private-app-token',
    provider: 'hubspot',
    title: 'HubSpot private app access token',
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    // pat-<region digit>-<uuid>. https://developers.hubspot.com/docs/api/private-apps
    pattern: patternText(String.raw`\bpat-(?:na|eu|ap)[0-9]-${UUID}\b`),
    rotateUrl:
      'https://developers.hubspot.com/docs/api/private-apps#rotate-your-private-app-access-token',
    examples: () => {
      const f = fake(741);
      const uuid = () => [8, 4, 4, 4, 12].map((n) => f.chars(n, 'hexLower')).join('-');
      return {
        match: ['pat' + '-na1-' + uuid(), 'pat' + '-eu1-' + uuid()],
        noMatch: [
          { text: 'pat' + '-xx1-' + uuid(), why: 'unknown region' },
          { text: 'pat' + '-na1-' + f.chars(20, 'hexLower'), why: 'not a UUID' },
        ],
      };
    },
  }),
  defineRule({
    id: 'hubspot-api-key',
    provider: 'hubspot',
    title: 'HubSpot API key (legacy hapikey)',
    keywords: ['hapikey', 'hubspot'],
    // UUID passed as ?hapikey= or named HUBSPOT_API_KEY. https://developers.hubspot.com/changelog/upcoming-api-key-sunset
    pattern: nearKeyword(`hapikey|hubspot[\\w.-]{0,10}api[_-]?key`, UUID),
    confidence: 'medium',
    rotateUrl:
      'https://developers.hubspot.com/docs/api/migrate-an-api-key-integration-to-a-private-app',
    examples: () => {
      const f = fake(742);
      const uuid = () => [8, 4, 4, 4, 12].map((n) => f.chars(n, 'hexLower')).join('-');
      const a = uuid();
      const b = uuid();
      return {
        match: [
          { text: `https://api.hubapi.com/contacts/v1/lists?hapikey=${a}`, secret: a },
          { text: `HUBSPOT_API_KEY=${b}`, secret: b },
        ],
        noMatch: [
          { text: `HUBSPOT_PORTAL_ID=${uuid()}`, why: 'portal id, no key name' },
          { text: `hapikey=${f.chars(20, 'hexLower')}`, why: 'not a UUID' },
        ],
      };
    },
  }),
];
