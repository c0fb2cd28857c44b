/**
 * Stands in for WXT's ContentScriptContext in the content script's build (aliased in
 * wxt.config.ts): WXT's entry wrapper constructs one before `main`, and the real one listens for
 * a page-dispatchable event that ends it and posts a message announcing the script to the page.
 * The guard keeps its own lifetime instead (lifetime.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- WXT only constructs it.
export class ContentScriptContext {}
