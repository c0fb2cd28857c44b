import { defineBackground } from '#imports';
import { setUpConsent } from './consent';
import { enforceRetention } from './retention';
import { setUpMessageRouter } from './router';

export default defineBackground(() => {
  setUpMessageRouter();
  setUpConsent();
  void enforceRetention().catch(() => 0);
});
