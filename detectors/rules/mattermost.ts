import { fake } from '../fake';
import { defineRule } from '../rule';
import { GAP, nearKeyword } from './rule-parts';

/** Mattermost access tokens share the 26-character shape of its public ids, so the name must say token. */
export const mattermostRules = [
  defineRule({
    id: 'mattermost-access-token',
    provider: 'mattermost',
    title: 'Mattermost personal access token',
    keywords: ['mattermost'],
    // 26 lower-case alphanumerics. https://developers.mattermost.com/integrate/reference/personal-access-token/
    pattern: nearKeyword(`mattermost${GAP}(?:token|access)`, '[a-z0-9]{26}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://docs.mattermost.com/developer/personal-access-tokens.html',
    examples: () => {
      const f = fake(2371);
      const a = f.chars(26, 'alnumLower');
      return {
        match: [
          { text: `MATTERMOST_TOKEN=${a}`, secret: a },
          { text: `mattermost:\n  access_token: ${a}`, secret: a },
        ],
        noMatch: [
          { text: `MATTERMOST_CHANNEL_ID=${a}`, why: 'a channel id, public' },
          { text: `MATTERMOST_TOKEN=${f.chars(20, 'alnumLower')}`, why: 'too short' },
        ],
      };
    },
  }),
];
