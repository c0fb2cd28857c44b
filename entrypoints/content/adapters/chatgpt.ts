/*
 * ChatGPT (chatgpt.com, chat.openai.com). The prompt is a ProseMirror editor,
 * `div#prompt-textarea.ProseMirror[contenteditable]` (it was a `textarea#prompt-textarea` before
 * 2024, and the id is kept on either); Enter sends, Shift+Enter breaks the line; the send button is
 * `button[data-testid="send-button"]` (also `#composer-submit-button`). Sources: many public
 * prompt-injecting extensions and scripts; OpenAI documents none of it.
 */
import { defineSiteAdapter } from './site';

export const chatgptAdapter = defineSiteAdapter({
  name: 'ChatGPT',
  hosts: ['chatgpt.com', 'chat.openai.com'],
  composer: '#prompt-textarea',
  sendKey: 'enter',
  sendButton: 'button[data-testid="send-button"], button#composer-submit-button',
});
