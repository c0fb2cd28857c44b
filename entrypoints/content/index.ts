import { defineContentScript } from '#imports';
import { startBootstrap } from './bootstrap';
import { startLifetime } from './lifetime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  // Editors often type into about:blank iframes that inherit their parent's origin; frames made
  // from blob: and data: URLs or sandboxed srcdoc are guarded by the page that made them.
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  main() {
    startBootstrap(startLifetime());
  },
});
