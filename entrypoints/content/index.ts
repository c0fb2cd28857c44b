import { defineContentScript } from '#imports';
import { startBootstrap } from './bootstrap';
import { startLifetime } from './lifetime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  // Editors often type into about:blank iframes that inherit their parent's origin.
  matchAboutBlank: true,
  main() {
    startBootstrap(startLifetime());
  },
});
