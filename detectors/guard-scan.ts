/**
 * `scan` for the content script: the same engine without the user-rule shape check, which would
 * take about 5 KB of its 100 KB budget. Its user rules come only from the background, which hands
 * over just the ones `userRuleProblem` accepts (the `settings.guard` route), so the check has
 * already run on every rule this engine sees. Everything else uses `scan` from index.ts.
 */
import { Engine } from './engine';
import { BUILT_IN_PROVIDER_NAMES } from './provider-names-data';
import { allRules } from './all-rules';
import type { Finding, ScanOptions } from './types';

let engine: Engine | undefined;

const built = () => (engine ??= new Engine(allRules, BUILT_IN_PROVIDER_NAMES));

/** Finds credentials in `text`; `options.userRules` must all be accepted by `userRuleProblem`. */
export function scan(text: string, options?: ScanOptions): Finding[] {
  return built().scan(text, options);
}

/**
 * Builds what the engine builds lazily (the rest of its keyword automaton, its patterns): run at
 * idle once the guard has loaded, so a paste that comes first pays only for what it uses and a
 * later one for nothing.
 */
export function prepareScan(): void {
  built().prepare();
}
