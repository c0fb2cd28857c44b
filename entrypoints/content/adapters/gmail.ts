/*
 * Gmail (mail.google.com). The compose body is a contenteditable
 * `div[aria-label="Message Body"][role="textbox"]`, also marked `g_editable="true"` (the one
 * mark that does not change with the interface language). Ctrl/Cmd+Enter sends; a plain Enter is a
 * newline. Send: `div[role="button"][data-tooltip^="Send"]` ("Send ‪(Ctrl-Enter)‬") or the class
 * pair `.T-I.aoO`. All from userscripts and extensions that hook Gmail's compose window; Gmail's
 * class names are obfuscated and can change. Uncertain: Gmail's Closure buttons are said to act
 * on mousedown/mouseup, so a click-only guard may see the send too late; Ctrl+Enter is solid.
 */
import { defineSiteAdapter } from './site';

export const gmailAdapter = defineSiteAdapter({
  name: 'Gmail',
  hosts: ['mail.google.com'],
  composer: 'div[aria-label="Message Body"], div[g_editable="true"]',
  sendKey: 'mod-enter',
  sendButton: 'div[role="button"][data-tooltip^="Send"], div[role="button"].T-I.aoO',
});
