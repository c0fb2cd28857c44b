/*
 * Microsoft Teams (teams.microsoft.com, teams.live.com, teams.cloud.microsoft). The composer is
 * CKEditor 5 marked `[data-tid="ckeditor"]` (on the editable or its wrapper). Enter sends by
 * default. Send buttons: `[data-tid="newMessageCommands-send"]` (also the "Done" of an edit) and
 * `[data-tid="sendMessageCommands-send"]`, both named in public Selenium/Playwright bots and
 * extensions. Teams can be switched to Ctrl+Enter-sends; Ctrl+Enter counts as a send here too.
 * Uncertain: Teams ships often and `data-tid` values have changed between v1 and v2.
 */
import { defineSiteAdapter } from './site';

export const teamsAdapter = defineSiteAdapter({
  name: 'Microsoft Teams',
  hosts: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'],
  composer: '[data-tid="ckeditor"], .ck-editor__editable',
  sendKey: 'enter',
  sendButton: '[data-tid="newMessageCommands-send"], [data-tid="sendMessageCommands-send"]',
});
