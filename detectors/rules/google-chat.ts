import { fake } from '../fake';
import { defineRule } from '../rule';

/** Google Chat incoming webhooks: the URL's key and token let anyone post into the space. */
export const googleChatRules = [
  defineRule({
    id: 'google-chat-webhook-url',
    provider: 'google-chat',
    title: 'Google Chat incoming webhook URL',
    keywords: ['chat.googleapis.com'],
    // chat.googleapis.com/v1/spaces/<space>/messages?key=AIza…&token=<base64url, often %3D-padded>.
    // https://developers.google.com/workspace/chat/quickstart/webhooks
    pattern:
      /https:\/\/chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{6,30}\/messages\?key=AIza[0-9A-Za-z_-]{35}&token=[A-Za-z0-9_%=-]{40,80}(?![\w%=-])/,
    rotateUrl: 'https://developers.google.com/workspace/chat/quickstart/webhooks',
    examples: () => {
      const f = fake(1002);
      const url = () =>
        `https://chat.googleapis.com/v1/spaces/AAAA${f.chars(7, 'base64url')}/messages?key=AIza${f.chars(35, 'base64url')}&token=${f.chars(43, 'base64url')}%3D`;
      return {
        match: [url(), url()],
        noMatch: [
          {
            text: `https://chat.googleapis.com/v1/spaces/AAAA${f.chars(7)}/messages`,
            why: 'no key or token',
          },
          { text: 'https://chat.google.com/room/' + f.chars(11), why: 'room link, not a webhook' },
        ],
      };
    },
  }),
];
