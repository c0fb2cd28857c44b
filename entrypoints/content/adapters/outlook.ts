/*
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com, and the newer
 * outlook.cloud.microsoft). The body is `div[aria-label="Message body"][contenteditable]`
 * (lower-case "body", unlike Gmail); Ctrl/Cmd+Enter sends, Enter is a newline; the send button is
 * `button[aria-label="Send"]`. Sources are thin: a few automation scripts and extensions name the
 * body selector, the button only by its English label. Localised UIs translate both labels, so
 * there the generic adapter's heuristics are what remain.
 */
import { defineSiteAdapter } from './site';

export const outlookAdapter = defineSiteAdapter({
  name: 'Outlook',
  hosts: [
    'outlook.office.com',
    'outlook.office365.com',
    'outlook.live.com',
    'outlook.cloud.microsoft',
  ],
  composer: 'div[aria-label="Message body"][contenteditable]',
  sendKey: 'mod-enter',
  sendButton: 'button[aria-label="Send"]',
});
