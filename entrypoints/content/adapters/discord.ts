/*
 * Discord (discord.com, with its ptb. and canary. builds). The composer is a Slate editor,
 * `[role="textbox"][data-slate-editor="true"]`; Enter sends and Shift+Enter breaks the line. There is
 * no send button by default, so the key is the only trigger. Slate takes a synthetic paste (public
 * tools insert into Discord exactly that way). Sources: many automation scripts and extensions
 * that drive Discord's composer.
 */
import { defineSiteAdapter } from './site';

export const discordAdapter = defineSiteAdapter({
  name: 'Discord',
  hosts: ['discord.com', 'ptb.discord.com', 'canary.discord.com'],
  composer: '[data-slate-editor="true"]',
  sendKey: 'enter',
});
