import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Cisco Meraki Dashboard API keys (40 hex, no prefix): context only. */
export const merakiRules = [
  defineRule({
    id: 'cisco-meraki-api-key',
    provider: 'cisco-meraki',
    title: 'Cisco Meraki Dashboard API key',
    keywords: ['meraki'],
    // 40 hex, sent as X-Cisco-Meraki-API-Key or a bearer token.
    // https://developer.cisco.com/meraki/api-v1/authorization/
    pattern: nearKeyword('meraki', '[a-f0-9]{40}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl:
      'https://documentation.meraki.com/General_Administration/Other_Topics/Cisco_Meraki_Dashboard_API',
    examples: () => {
      const f = fake(2311);
      const a = f.chars(40, 'hexLower');
      return {
        match: [
          { text: `MERAKI_DASHBOARD_API_KEY=${a}`, secret: a },
          { text: `-H "X-Cisco-Meraki-API-Key: ${a}"`, secret: a },
        ],
        noMatch: [
          { text: `commit ${f.chars(40, 'hexLower')}`, why: 'git SHA with no Meraki name' },
          { text: `MERAKI_API_KEY=${f.chars(32, 'hexLower')}`, why: 'wrong length' },
        ],
      };
    },
  }),
];
