import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** MessageBird access keys (25 alphanumerics, no prefix): context only. */
export const messagebirdRules = [
  defineRule({
    id: 'messagebird-access-key',
    provider: 'messagebird',
    title: 'MessageBird (Bird) access key',
    keywords: ['messagebird', 'message_bird', 'message-bird'],
    // 25 alphanumerics, sent as "Authorization: AccessKey …". https://developers.messagebird.com/api/#authentication
    pattern: nearKeyword('message[_-]?bird', '[A-Za-z0-9]{25}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://dashboard.messagebird.com/en/developers/access',
    examples: () => {
      const f = fake(2381);
      const a = f.chars(25);
      return {
        match: [
          { text: `MESSAGEBIRD_ACCESS_KEY=${a}`, secret: a },
          { text: `messagebird.initClient("${a}")`, secret: a },
        ],
        noMatch: [
          { text: `MESSAGEBIRD_ACCESS_KEY=${f.chars(20)}`, why: 'too short' },
          genericSecret(`access_key=${f.chars(25)}`, 'no MessageBird name'),
        ],
      };
    },
  }),
];
