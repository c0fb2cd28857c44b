/*
 * Slack (app.slack.com; workspace hosts redirect there). The composer is a Quill editor: a
 * `.ql-editor` contenteditable inside, or itself carrying, `[data-qa="message_input"]`, for the
 * channel and the thread pane alike. Enter sends, Shift+Enter breaks the line; the send button is
 * `[data-qa="texty_send_button"]`. Seen in public automation code (Cypress page objects,
 * Playwright scripts and extensions that drive Slack); Slack documents none of it, and `data-qa`
 * names can change without notice. Quill takes a synthetic paste, so insertion needs no quirk.
 */
import { defineSiteAdapter } from './site';

export const slackAdapter = defineSiteAdapter({
  name: 'Slack',
  hosts: ['app.slack.com', '*.slack.com'],
  composer: '[data-qa="message_input"], .ql-editor',
  sendKey: 'enter',
  sendButton: '[data-qa="texty_send_button"]',
});
