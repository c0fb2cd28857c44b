/*
 * Jira and Confluence Cloud (*.atlassian.net). Both use the Atlassian editor, built on
 * ProseMirror: `.ProseMirror[contenteditable]` (in `.ak-editor-content-area`). A plain Enter is a
 * newline; Ctrl/Cmd+Enter saves a Jira comment or a Confluence inline comment. Buttons:
 * `button[data-testid="comment-save-button"]` (Jira comments, named in public scripts) and
 * `[data-testid="publish-button"]` / `#publish-button` (Confluence's Publish; thin sources, an
 * assumption). A page draft is not a send: Confluence saves drafts as the user types, so the guard
 * here is about comments and publishing, not every keystroke.
 */
import { defineSiteAdapter } from './site';

export const atlassianAdapter = defineSiteAdapter({
  name: 'Jira and Confluence',
  hosts: ['*.atlassian.net'],
  composer: '.ProseMirror',
  sendKey: 'mod-enter',
  sendButton: [
    'button[data-testid="comment-save-button"]',
    'button[data-testid="publish-button"]',
    'button#publish-button',
  ].join(', '),
});
