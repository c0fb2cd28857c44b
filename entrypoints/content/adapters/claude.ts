/*
 * Claude (claude.ai). The prompt is a ProseMirror (Tiptap) editor, `div.ProseMirror[contenteditable]`;
 * Enter sends, Shift+Enter breaks the line; the send button is `button[aria-label="Send message"]`
 * (public scripts spell it "Send Message" as well, hence the case-insensitive match). Sources thin:
 * a handful of prompt-injecting extensions; no official documentation.
 */
import { defineSiteAdapter } from './site';

export const claudeAdapter = defineSiteAdapter({
  name: 'Claude',
  hosts: ['claude.ai'],
  composer: 'div.ProseMirror[contenteditable]',
  sendKey: 'enter',
  sendButton: 'button[aria-label="Send message" i]',
});
