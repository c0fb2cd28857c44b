import { fake } from '../fake';
import { defineRule } from '../rule';

/** Telegram Bot API tokens. */
export const telegramRules = [
  defineRule({
    id: 'telegram-bot-token',
    provider: 'telegram',
    title: 'Telegram bot token',
    keywords: [':aa'],
    // <bot id digits>:AA<33 base64url>. https://core.telegram.org/bots/api#authorizing-your-bot
    pattern: /\b[0-9]{5,16}:AA[A-Za-z0-9_-]{33}(?![\w-])/,
    minEntropy: 3.5,
    rotateUrl: 'https://t.me/BotFather',
    examples: () => {
      const f = fake(221);
      const tok = () =>
        f.chars(1, '123456789') + f.chars(9, 'digits') + ':AA' + f.chars(33, 'base64url');
      return {
        match: [tok(), tok()],
        noMatch: [
          {
            text: f.chars(10, 'digits') + ':BB' + f.chars(33),
            why: 'wrong marker after the colon',
          },
          { text: f.chars(10, 'digits') + ':AA' + f.chars(20), why: 'too short' },
          { text: '12:30:AA meeting', why: 'time of day' },
        ],
      };
    },
  }),
];
