import { fake } from '../fake';
import { defineRule } from '../rule';
import { keyed } from './rule-parts';

export const linodeRules = [
  defineRule({
    id: 'linode-api-token',
    provider: 'linode',
    title: 'Linode (Akamai) API token',
    keywords: ['linode'],
    // 64 hex characters, named LINODE_TOKEN / linode_api_token. https://techdocs.akamai.com/linode-api/reference/get-started
    pattern: keyed('linode', '[a-f0-9]{64}'),
    anchored: true,
    rotateUrl: 'https://cloud.linode.com/profile/tokens',
    examples: () => {
      const f = fake(171);
      const k = f.chars(64, 'hexLower');
      return {
        match: [{ text: `LINODE_TOKEN=${k}`, secret: k }],
        noMatch: [
          {
            text: `LINODE_TOKEN=${f.chars(40, 'hexLower')}`,
            why: 'a 40-hex value is not a Linode token',
          },
        ],
      };
    },
  }),
];
