/*
 * GitHub (github.com issues, pull requests, discussions; gist.github.com). Every comment box is a
 * real `<textarea>`: classic `textarea[name="comment[body]"]` / `textarea.js-comment-field`
 * (plus issue and PR bodies), and the React UI's Primer `textarea[aria-label="Markdown value"]`.
 * Ctrl/Cmd+Enter submits; a plain Enter is always a newline. Classic comment buttons submit a
 * form (the guard's submit hook covers them); React ones are labelled "Comment", which the generic
 * label heuristic already recognises, so no send-button selector is claimed here. Sources: public
 * extensions and userscripts that edit GitHub comment boxes (Refined GitHub style).
 */
import { defineSiteAdapter } from './site';

export const githubAdapter = defineSiteAdapter({
  name: 'GitHub',
  hosts: ['github.com', 'gist.github.com'],
  composer: [
    'textarea[name="comment[body]"]',
    'textarea.js-comment-field',
    'textarea[aria-label="Markdown value"]',
    'textarea[name="issue[body]"]',
    'textarea[name="pull_request[body]"]',
  ].join(', '),
  sendKey: 'mod-enter',
});
