import { defineBackground } from '#imports';
import { setUpConsent } from './consent';
import { setUpOpenInKeywarden } from './received-links';
import { enforceRetention } from './retention';
import { setUpMessageRouter } from './router';
import { setUpWelcome } from './welcome';

export default defineBackground(() => {
  setUpMessageRouter();
  setUpConsent();
  setUpWelcome();
  setUpOpenInKeywarden();
  void enforceRetention().catch(() => 0);
});
