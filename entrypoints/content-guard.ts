import { defineUnlistedScript } from '#imports';
import { startGuard } from './content/guard';
import type { GuardModule } from './content/guard-events';

/**
 * The guard, loaded by the content script's bootstrap on a frame's first need
 * (entrypoints/content/bootstrap.ts). Built as an ES module (wxt.config.ts) whose default export
 * is what `main` returns; `import()` runs it in the content script's own world, never the page's.
 */
export default defineUnlistedScript((): GuardModule => ({ startGuard }));
