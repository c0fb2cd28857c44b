/**
 * `scan` for the content script: the same engine without the user-rule shape check, which would
 * take about 5 KB of its 100 KB budget. Its user rules come only from the background, which hands
 * over just the ones `userRuleProblem` accepts (the `settings.guard` route), so the check has
 * already run on every rule this engine sees. Everything else uses `scan` from index.ts.
 */
import { Engine } from './engine';
import { BUILT_IN_PROVIDER_NAMES } from './provider-names-data';
import { allRules } from './rules';
import type { Finding, ScanOptions } from './types';

let engine: Engine | undefined;

/** Finds credentials in `text`; `options.userRules` must all be accepted by `userRuleProblem`. */
export function scan(text: string, options?: ScanOptions): Finding[] {
  engine ??= new Engine(allRules, BUILT_IN_PROVIDER_NAMES);
  return engine.scan(text, options);
}
