import { defineBackground } from '#imports';
import { setUpMessageRouter } from './router';

export default defineBackground(() => {
  setUpMessageRouter();
});
