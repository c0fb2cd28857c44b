// Messaging: Slack, Discord, Telegram, and the webhook URLs whose path or query carries their
// token (the label policy labels such a URL whole).
import { b64 } from './encoding.ts';
import { GITLEAKS, type TokenKind } from './kinds.ts';
import { ALNUM, LOWER, LOWER_ALNUM, UPPER_ALNUM, type Rng } from './rng.ts';

const W = ALNUM + '_-';

/** A Discord snowflake: 17–19 digits. */
const snowflake = (r: Rng) => r.digits(r.range(18, 19));

export const CHAT_KINDS: TokenKind[] = [
  {
    kind: 'slack-bot-token',
    provider: 'slack',
    names: ['SLACK_BOT_TOKEN', 'SLACK_TOKEN'],
    source: 'https://api.slack.com/concepts/token-types ; ' + GITLEAKS + ' (slack-bot-token)',
    bearer: true,
    make: (r) =>
      'xox' +
      'b-' +
      r.digits(r.range(10, 13)) +
      '-' +
      r.digits(r.range(10, 13)) +
      '-' +
      r.alnum(24),
  },
  {
    kind: 'slack-user-token',
    provider: 'slack',
    names: ['SLACK_USER_TOKEN'],
    source: 'https://api.slack.com/concepts/token-types ; ' + GITLEAKS + ' (slack-user-token)',
    bearer: true,
    make: (r) =>
      'xox' +
      'p-' +
      r.digits(r.range(10, 13)) +
      '-' +
      r.digits(r.range(10, 13)) +
      '-' +
      r.digits(13) +
      '-' +
      r.hex(32),
  },
  {
    kind: 'slack-app-token',
    provider: 'slack',
    names: ['SLACK_APP_TOKEN'],
    source:
      'https://api.slack.com/concepts/token-types#app-level ; ' + GITLEAKS + ' (slack-app-token)',
    bearer: true,
    make: (r) => 'xa' + 'pp-1-A' + r.chars(UPPER_ALNUM, 10) + '-' + r.digits(13) + '-' + r.hex(64),
  },
  {
    kind: 'slack-config-token',
    provider: 'slack',
    names: ['SLACK_CONFIG_TOKEN'],
    source:
      'https://api.slack.com/authentication/config-tokens ; ' +
      GITLEAKS +
      ' (slack-config-access-token)',
    bearer: true,
    make: (r) => 'xoxe' + '.xoxp-1-' + r.chars(UPPER_ALNUM + LOWER, 163),
  },
  {
    kind: 'slack-webhook',
    provider: 'slack',
    names: ['SLACK_WEBHOOK_URL'],
    source: 'https://api.slack.com/messaging/webhooks',
    make: (r) =>
      'https://hooks.slack' +
      '.com/services/T' +
      r.chars(UPPER_ALNUM, r.range(8, 10)) +
      '/B' +
      r.chars(UPPER_ALNUM, r.range(8, 10)) +
      '/' +
      r.alnum(24),
  },
  {
    // base64(bot user id) . base64(timestamp) . HMAC — three dot-separated parts.
    kind: 'discord-bot-token',
    provider: 'discord',
    names: ['DISCORD_TOKEN', 'DISCORD_BOT_TOKEN'],
    source:
      'https://github.com/Rapptz/discord.py/blob/master/docs/token.rst (user id, timestamp, HMAC)',
    named: true,
    make: (r) =>
      b64(snowflake(r)).replace(/=+$/, '') +
      '.' +
      r.chars(W, 6) +
      '.' +
      r.chars(W, r.chance(0.6) ? 38 : 27),
  },
  {
    kind: 'discord-webhook',
    provider: 'discord',
    names: ['DISCORD_WEBHOOK_URL'],
    source: 'https://discord.com/developers/docs/resources/webhook#execute-webhook',
    make: (r) =>
      'https://' +
      r.pick(['discord.com', 'discordapp.com']) +
      '/api/web' +
      'hooks/' +
      snowflake(r) +
      '/' +
      r.chars(W, 68),
  },
  {
    // <bot id>:<35 characters, starting AA>, as BotFather prints it.
    kind: 'telegram-bot-token',
    provider: 'telegram',
    names: ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_TOKEN', 'TG_TOKEN'],
    source:
      'https://core.telegram.org/bots/features#botfather ; ' +
      GITLEAKS +
      ' (telegram-bot-api-token)',
    named: true,
    make: (r) => r.digits(r.range(9, 10)) + ':AA' + r.chars(W, 33),
  },
  {
    kind: 'teams-webhook',
    provider: 'microsoft-teams',
    names: ['TEAMS_WEBHOOK_URL'],
    source:
      'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook ; ' +
      GITLEAKS,
    make: (r) =>
      `https://${r.pick(['acme', 'contoso', 'globex'])}.webhook.office` +
      `.com/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}`,
  },
  {
    kind: 'google-chat-webhook',
    provider: 'google-chat',
    names: ['GOOGLE_CHAT_WEBHOOK'],
    source: 'https://developers.google.com/workspace/chat/quickstart/webhooks',
    make: (r) =>
      'https://chat.googleapis' +
      `.com/v1/spaces/AAAA${r.alnum(7)}/messages?key=AI` +
      'za' +
      'Sy' +
      r.chars(W, 33) +
      '&token=' +
      r.chars(W, 43) +
      '%3D',
  },
  {
    kind: 'zapier-webhook',
    provider: 'zapier',
    names: ['ZAPIER_WEBHOOK_URL'],
    source: 'https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks',
    make: (r) =>
      'https://hooks.zapier' +
      `.com/hooks/catch/${r.digits(r.range(6, 8))}/${r.chars(LOWER_ALNUM, 6)}/`,
  },
];
