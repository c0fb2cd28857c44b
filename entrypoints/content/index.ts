import { defineContentScript } from '#imports';
import { startGuard } from './guard';
import { startLifetime } from './lifetime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  // Editors often type into about:blank iframes that inherit their parent's origin.
  matchAboutBlank: true,
  main() {
    startGuard(startLifetime());
  },
});
