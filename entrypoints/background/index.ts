import { defineBackground } from '#imports';
import { enforceRetention } from './retention';
import { setUpMessageRouter } from './router';

export default defineBackground(() => {
  setUpMessageRouter();
  void enforceRetention().catch(() => 0);
});
