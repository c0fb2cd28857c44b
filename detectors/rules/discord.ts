import { fake } from '../fake';
import { defineRule } from '../rule';
import { decodeBase64 } from '../validators/base64-json';
import { GAP, nearKeyword } from './rule-parts';

/** The first segment of a bot token is the bot's snowflake id in base64. */
function isSnowflakeSegment(token: string): boolean {
  const id = decodeBase64(token.slice(0, token.indexOf('.')));
  return id !== null && /^[0-9]{17,20}$/.test(id);
}

/** Discord bot tokens and webhook URLs. */
export const discordRules = [
  defineRule({
    id: 'discord-bot-token',
    provider: 'discord',
    title: 'Discord bot token',
    // No fixed prefix, so the rule runs only when the text talks about discord, bots or tokens.
    keywords: ['discord', 'bot', 'token'],
    // base64(snowflake id) . 6-char timestamp . 27…38-char HMAC. https://discord.com/developers/docs/reference#authentication
    pattern: /\b[MNO][A-Za-z0-9_-]{22,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![\w-])/,
    validate: isSnowflakeSegment,
    minEntropy: 3.5,
    rotateUrl: 'https://discord.com/developers/applications',
    examples: () => {
      const f = fake(211);
      const tok = (digits: number) =>
        btoa(f.chars(1, '123456789') + f.chars(digits - 1, 'digits')).replace(/=+$/, '') +
        '.' +
        f.chars(6, 'base64url') +
        '.' +
        f.chars(38, 'base64url');
      const a = tok(18);
      const b = tok(19);
      const c = tok(17);
      return {
        match: [
          { text: `DISCORD_TOKEN=${a}`, secret: a },
          { text: `client.login("${b}") // bot`, secret: b },
          { text: `my bot token is ${c}`, secret: c },
        ],
        noMatch: [
          {
            text: `bot token: N${f.chars(23)}.${f.chars(6)}.${f.chars(38)}`,
            why: 'first segment is not a snowflake id',
          },
          { text: `bot: ${tok(18).slice(0, 30)}`, why: 'truncated' },
        ],
      };
    },
  }),
  defineRule({
    id: 'discord-webhook-url',
    provider: 'discord',
    title: 'Discord webhook URL',
    keywords: ['discord.com/api', 'discordapp.com/api'],
    // discord.com/api/webhooks/<snowflake>/<68-char token>. https://discord.com/developers/docs/resources/webhook
    pattern:
      /https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v[0-9]{1,2})?\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,68}(?![\w-])/,
    minEntropy: 3.5,
    rotateUrl: 'https://support.discord.com/hc/en-us/articles/228383668',
    examples: () => {
      const f = fake(212);
      const id = () => f.chars(1, '123456789') + f.chars(18, 'digits');
      return {
        match: [
          'https://discord.com/api/webhooks/' + id() + '/' + f.chars(68, 'base64url'),
          'https://canary.discordapp.com/api/v10/webhooks/' + id() + '/' + f.chars(68, 'base64url'),
        ],
        noMatch: [
          { text: 'https://discord.com/api/webhooks/' + id(), why: 'no token part' },
          {
            text: 'https://discord.com/api/webhooks/' + id() + '/' + f.chars(30),
            why: 'token too short',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'discord-client-secret',
    provider: 'discord',
    title: 'Discord OAuth2 client secret',
    keywords: ['discord'],
    // 32 base64url characters; the 64-hex application public key beside it is public.
    // https://discord.com/developers/docs/topics/oauth2
    pattern: nearKeyword(`discord${GAP}secret`, '[A-Za-z0-9_-]{32}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://discord.com/developers/applications',
    examples: () => {
      const f = fake(213);
      const a = f.chars(32, 'base64url');
      return {
        match: [
          { text: `DISCORD_CLIENT_SECRET=${a}`, secret: a },
          { text: `discord:\n  client_secret: "${a}"`, secret: a },
        ],
        noMatch: [
          { text: `DISCORD_PUBLIC_KEY=${f.chars(64, 'hexLower')}`, why: 'application public key' },
          { text: `DISCORD_CLIENT_ID=${f.chars(18, 'digits')}`, why: 'client id, public' },
        ],
      };
    },
  }),
];
