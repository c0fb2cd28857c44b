/*
 * Gmail (mail.google.com). The compose body is a contenteditable
 * `div[aria-label="Message Body"][role="textbox"]`, also marked `g_editable="true"` (the one
 * mark that does not change with the interface language). Ctrl/Cmd+Enter sends; a plain Enter is a
 * newline. Send: `div[role="button"][data-tooltip^="Send"]` ("Send ‪(Ctrl-Enter)‬") or the class
 * pair `.T-I.aoO`. All from userscripts and extensions that hook Gmail's compose window; Gmail's
 * class names are obfuscated and can change.
 * Send trigger: the button is a Closure `goog.ui.Button` (Gmail is built on Closure Library),
 * whose action fires on mouseup after a mousedown made it active, and on Enter keydown when it has
 * the focus; the click event comes after the mail has gone. The guard therefore decides at the
 * start of the gesture (pointerdown/mousedown, capture phase on window, before any page
 * listener) and holds the rest of a held gesture; "send anyway" replays the whole press
 * (entrypoints/content/guard.ts). Not checked against the live site, only against
 * test/e2e/pages/mimic-gmail.js, which acts the same way. Ctrl+Enter is caught on keydown.
 */
import { defineSiteAdapter } from './site';

export const gmailAdapter = defineSiteAdapter({
  name: 'Gmail',
  hosts: ['mail.google.com'],
  composer: 'div[aria-label="Message Body"], div[g_editable="true"]',
  sendKey: 'mod-enter',
  sendButton: 'div[role="button"][data-tooltip^="Send"], div[role="button"].T-I.aoO',
});
