import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Sendbird master and secondary API tokens (40 hex); the application id is public. */
export const sendbirdRules = [
  defineRule({
    id: 'sendbird-api-token',
    provider: 'sendbird',
    title: 'Sendbird API token',
    keywords: ['sendbird'],
    // 40 hex, sent as Api-Token. https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api#2-authentication
    pattern: nearKeyword('sendbird', '[a-f0-9]{40}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://dashboard.sendbird.com/',
    examples: () => {
      const f = fake(2411);
      const a = f.chars(40, 'hexLower');
      return {
        match: [
          { text: `SENDBIRD_API_TOKEN=${a}`, secret: a },
          { text: `sendbird:\n  api_token: "${a}"`, secret: a },
        ],
        noMatch: [
          {
            text: `SENDBIRD_APP_ID=${f.chars(8, 'hexUpper')}-${f.chars(4, 'hexUpper')}`,
            why: 'application id, public',
          },
          { text: `commit ${f.chars(40, 'hexLower')}`, why: 'git SHA with no Sendbird name' },
        ],
      };
    },
  }),
];
