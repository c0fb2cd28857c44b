import { defineBackground } from '#imports';
import { setUpConsent } from './consent';
import { enforceRetention } from './retention';
import { setUpMessageRouter } from './router';
import { setUpWelcome } from './welcome';

export default defineBackground(() => {
  setUpMessageRouter();
  setUpConsent();
  setUpWelcome();
  void enforceRetention().catch(() => 0);
});
