import { fake } from '../fake';
import { defineRule } from '../rule';
import { keyed } from './rule-parts';

export const hetznerRules = [
  defineRule({
    id: 'hetzner-cloud-token',
    provider: 'hetzner',
    title: 'Hetzner Cloud API token',
    keywords: ['hcloud', 'hetzner'],
    // 64 alphanumerics, named HCLOUD_TOKEN. https://docs.hetzner.cloud/#authentication
    pattern: keyed('hcloud|hetzner', '[A-Za-z0-9]{64}'),
    minEntropy: 4,
    anchored: true,
    rotateUrl: 'https://console.hetzner.cloud/',
    examples: () => {
      const f = fake(181);
      const k = f.chars(64);
      return {
        match: [{ text: `HCLOUD_TOKEN=${k}`, secret: k }],
        noMatch: [{ text: `HCLOUD_TOKEN=${'0'.repeat(64)}`, why: 'filler' }],
      };
    },
  }),
];
