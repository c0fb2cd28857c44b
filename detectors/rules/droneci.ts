import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Drone CI personal tokens (32 alphanumerics, no prefix): context only. */
export const droneciRules = [
  defineRule({
    id: 'drone-ci-token',
    provider: 'drone',
    title: 'Drone CI personal token',
    keywords: ['droneci', 'drone_ci', 'drone_token', 'drone-token'],
    // 32 alphanumerics, set as DRONE_TOKEN for the drone CLI. https://docs.drone.io/cli/setup/
    pattern: nearKeyword('drone[_-]?(?:ci|token)', '[A-Za-z0-9]{32}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://docs.drone.io/cli/setup/',
    examples: () => {
      const f = fake(2481);
      const a = f.chars(32);
      return {
        match: [
          { text: `export DRONE_TOKEN=${a}`, secret: a },
          { text: `droneci:\n  token: "${a}"`, secret: a },
        ],
        noMatch: [
          { text: `DRONE_SERVER=https://drone.example.net`, why: 'a server URL' },
          { text: `drone_id=${f.chars(32)}`, why: 'not a token name' },
        ],
      };
    },
  }),
];
