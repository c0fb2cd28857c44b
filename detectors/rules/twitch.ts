import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

const CONSOLE = 'https://dev.twitch.tv/console/apps';

/** Twitch chat OAuth tokens and client secrets / access tokens. */
export const twitchRules = [
  defineRule({
    id: 'twitch-chat-oauth-token',
    provider: 'twitch',
    title: 'Twitch chat (IRC) OAuth token',
    keywords: ['oauth:'],
    // oauth: + 30 lower-case base36, the IRC PASS value. https://dev.twitch.tv/docs/chat/irc/#connecting-to-the-twitch-irc-server
    pattern: /\boauth:[a-z0-9]{30}\b/,
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://www.twitch.tv/settings/connections',
    examples: () => {
      const f = fake(671);
      return {
        match: [
          'oauth' + ':' + f.chars(30, 'alnumLower'),
          'oauth' + ':' + f.chars(30, 'alnumLower'),
        ],
        noMatch: [
          { text: 'oauth' + ':' + f.chars(12, 'alnumLower'), why: 'too short' },
          { text: 'oauth' + ':' + f.chars(30, 'alnumUpper'), why: 'upper-case' },
        ],
      };
    },
  }),
  defineRule({
    id: 'twitch-api-token',
    provider: 'twitch',
    title: 'Twitch client secret or access token',
    keywords: ['twitch'],
    // 30 lower-case base36 named TWITCH_CLIENT_SECRET / TWITCH_TOKEN. https://dev.twitch.tv/docs/authentication/
    pattern: nearKeyword(`twitch[\\w.-]{0,20}(?:secret|token)`, '[a-z0-9]{30}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: CONSOLE,
    examples: () => {
      const f = fake(672);
      const a = f.chars(30, 'alnumLower');
      const b = f.chars(30, 'alnumLower');
      return {
        match: [
          { text: `TWITCH_CLIENT_SECRET=${a}`, secret: a },
          { text: `twitch_access_token: "${b}"`, secret: b },
        ],
        noMatch: [
          { text: `TWITCH_CLIENT_ID=${f.chars(30, 'alnumLower')}`, why: 'client id, public' },
          { text: `TWITCH_CLIENT_SECRET=${f.chars(20, 'alnumLower')}`, why: 'wrong length' },
        ],
      };
    },
  }),
];
