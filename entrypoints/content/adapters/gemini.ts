/*
 * Gemini (gemini.google.com). The prompt is a Quill editor, `.ql-editor` inside the
 * `rich-textarea` component (light DOM: public scripts query `rich-textarea .ql-editor` from the
 * document). Enter sends; the send button is `button[aria-label="Send message"]` (English UI; other
 * languages translate the label, where `button.send-button` still matches). Sources: automation
 * scripts and extensions that drive Gemini; Google documents none of it.
 */
import { defineSiteAdapter } from './site';

export const geminiAdapter = defineSiteAdapter({
  name: 'Gemini',
  hosts: ['gemini.google.com'],
  composer: 'rich-textarea',
  sendKey: 'enter',
  sendButton: 'button[aria-label="Send message"], button.send-button',
});
