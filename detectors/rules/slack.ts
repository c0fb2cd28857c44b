import { fake } from '../fake';
import { defineRule } from '../rule';

const APPS = 'https://api.slack.com/apps';
const TOKEN_TYPES = 'https://api.slack.com/concepts/token-types';

/** Slack API tokens by kind, and incoming-webhook / workflow URLs (the whole URL is the secret). */
export const slackRules = [
  defineRule({
    id: 'slack-bot-token',
    provider: 'slack',
    title: 'Slack bot token',
    keywords: ['xoxb-'],
    // xoxb-<team id digits>-<bot user digits>-<24 base62>; older bot tokens lack the middle part.
    // https://api.slack.com/concepts/token-types#bot
    pattern: /\bxoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{24,32}\b/,
    minEntropy: 3,
    rotateUrl: APPS,
    examples: () => {
      const f = fake(201);
      const tok = () =>
        'xo' + 'xb-' + f.chars(12, 'digits') + '-' + f.chars(13, 'digits') + '-' + f.chars(24);
      return {
        match: [tok(), 'xo' + 'xb-' + f.chars(12, 'digits') + '-' + f.chars(24)],
        noMatch: [
          { text: 'xo' + 'xb-' + f.chars(12, 'digits'), why: 'truncated' },
          { text: 'xo' + 'xb-' + 'x'.repeat(10) + '-' + 'x'.repeat(24), why: 'placeholder' },
          {
            text:
              'xo' +
              'xz-' +
              f.chars(12, 'digits') +
              '-' +
              f.chars(13, 'digits') +
              '-' +
              f.chars(24),
            why: 'wrong prefix',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'slack-user-token',
    provider: 'slack',
    title: 'Slack user token',
    keywords: ['xoxp-'],
    // xoxp-<team>-<user>-<install>-<32 hex>. https://api.slack.com/concepts/token-types#user
    pattern: /\bxoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{28,34}\b/,
    minEntropy: 3,
    rotateUrl: APPS,
    examples: () => {
      const f = fake(202);
      const ids = () => [12, 13, 13].map((n) => f.chars(n, 'digits')).join('-');
      return {
        match: [
          'xo' + 'xp-' + ids() + '-' + f.chars(32, 'hexLower'),
          'xo' + 'xp-' + ids() + '-' + f.chars(30),
        ],
        noMatch: [
          { text: 'xo' + 'xp-' + ids() + '-' + f.chars(12), why: 'secret part too short' },
          {
            text: 'xo' + 'xp-' + f.chars(12, 'digits') + '-' + f.chars(32, 'hexLower'),
            why: 'missing ids',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'slack-app-token',
    provider: 'slack',
    title: 'Slack app-level token',
    keywords: ['xapp-'],
    // xapp-<version>-<app id>-<digits>-<64 hex>. https://api.slack.com/concepts/token-types#app-level
    pattern: /\bxapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{64}\b/,
    rotateUrl: APPS,
    examples: () => {
      const f = fake(203);
      const tok = () =>
        'xa' +
        'pp-1-A' +
        f.chars(10, 'alnumUpper') +
        '-' +
        f.chars(13, 'digits') +
        '-' +
        f.chars(64, 'hexLower');
      return {
        match: [tok(), tok()],
        noMatch: [
          {
            text: 'xa' + 'pp-1-A' + f.chars(10, 'alnumUpper') + '-' + f.chars(13, 'digits'),
            why: 'truncated',
          },
          {
            text:
              'xa' +
              'pp-1-a' +
              f.chars(10, 'lower') +
              '-' +
              f.chars(13, 'digits') +
              '-' +
              f.chars(64, 'hexLower'),
            why: 'lower-case app id',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'slack-config-access-token',
    provider: 'slack',
    title: 'Slack app configuration access token',
    keywords: ['xoxe.xox'],
    // xoxe.xoxp-1-<163…166 base62>. https://api.slack.com/authentication/config-tokens
    pattern: /\bxoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{163,166}\b/,
    minEntropy: 3,
    rotateUrl: 'https://api.slack.com/authentication/config-tokens',
    examples: () => {
      const f = fake(204);
      return {
        match: ['xo' + 'xe.xoxp-1-' + f.chars(164), 'xo' + 'xe.xoxb-1-' + f.chars(166)],
        noMatch: [
          { text: 'xo' + 'xe.xoxp-1-' + f.chars(60), why: 'too short' },
          { text: 'xo' + 'xe.xoxq-1-' + f.chars(164), why: 'wrong inner prefix' },
        ],
      };
    },
  }),
  defineRule({
    id: 'slack-config-refresh-token',
    provider: 'slack',
    title: 'Slack app configuration refresh token',
    keywords: ['xoxe-'],
    // xoxe-1-<146 base62>. https://api.slack.com/authentication/config-tokens
    pattern: /\bxoxe-[0-9]-[A-Za-z0-9]{146}\b/,
    minEntropy: 3,
    rotateUrl: 'https://api.slack.com/authentication/config-tokens',
    examples: () => {
      const f = fake(205);
      return {
        match: ['xo' + 'xe-1-' + f.chars(146), 'xo' + 'xe-1-' + f.chars(146, 'alnumUpper')],
        noMatch: [
          { text: 'xo' + 'xe-1-' + f.chars(100), why: 'too short' },
          { text: 'xo' + 'xe-1-' + f.chars(150), why: 'too long' },
        ],
      };
    },
  }),
  defineRule({
    id: 'slack-legacy-token',
    provider: 'slack',
    title: 'Slack legacy or workspace token',
    keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
    // xoxa (workspace app), xoxr (refresh), xoxs/xoxo (legacy session) + digit groups. https://api.slack.com/concepts/token-types
    pattern: /\bxox[aors]-[0-9]{1,14}-[A-Za-z0-9-]{20,160}\b/,
    minEntropy: 3,
    rotateUrl: TOKEN_TYPES,
    examples: () => {
      const f = fake(206);
      return {
        match: [
          'xo' +
            'xs-' +
            f.chars(11, 'digits') +
            '-' +
            f.chars(12, 'digits') +
            '-' +
            f.chars(13, 'digits') +
            '-' +
            f.chars(64, 'hexLower'),
          'xo' + 'xa-2-' + f.chars(40),
        ],
        noMatch: [
          { text: 'xo' + 'xs-' + f.chars(11, 'digits'), why: 'truncated' },
          { text: 'xo' + 'xq-2-' + f.chars(40), why: 'unknown token letter' },
        ],
      };
    },
  }),
  defineRule({
    id: 'slack-webhook-url',
    provider: 'slack',
    title: 'Slack incoming webhook URL',
    keywords: ['hooks.slack.com'],
    // hooks.slack.com/services/T<team>/B<hook>/<24 base62>, or workflows|triggers/T…/A…/<digits>/<32>.
    // https://api.slack.com/messaging/webhooks
    pattern:
      /https?:\/\/hooks\.slack\.com\/(?:services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24}|(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/A[A-Z0-9]{8,12}\/[0-9]{17,19}\/[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
    rotateUrl: APPS,
    examples: () => {
      const f = fake(207);
      const team = () => 'T' + f.chars(10, 'alnumUpper');
      return {
        match: [
          'https://hooks.slack.com/services/' +
            team() +
            '/B' +
            f.chars(10, 'alnumUpper') +
            '/' +
            f.chars(24),
          'https://hooks.slack.com/triggers/' +
            team() +
            '/A' +
            f.chars(10, 'alnumUpper') +
            '/' +
            f.chars(18, 'digits') +
            '/' +
            f.chars(32, 'hexLower'),
        ],
        noMatch: [
          {
            text: 'https://hooks.slack.com/services/T00000000/B00000000/' + 'X'.repeat(24),
            why: 'documented placeholder',
          },
          {
            text: 'https://hooks.slack.com/services/' + team() + '/B' + f.chars(10, 'alnumUpper'),
            why: 'no secret path',
          },
          { text: 'https://api.slack.com/messaging/webhooks', why: 'documentation link' },
        ],
      };
    },
  }),
];
