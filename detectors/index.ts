/**
 * Public entry of the detectors: `scan(text, options?)` returns the secrets found in `text`,
 * sorted by start, never overlapping.
 */
import { Engine } from './engine';
import { BUILT_IN_PROVIDER_NAMES } from './provider-names-data';
import { allRules } from './all-rules';
import type { Finding, ScanOptions } from './types';

export type { Confidence, Rule, RuleGroup } from './rule';
export type { Finding, ScanOptions, UserRule } from './types';
export { redact } from './redact';
import { userRuleProblem } from './user-rules';
export { acceptedUserRules, userRuleProblem } from './user-rules';
export { allRules } from './all-rules';

let engine: Engine | undefined;

/** Finds credentials in `text`; spans are offsets of the secret itself in `text`. */
export function scan(text: string, options?: ScanOptions): Finding[] {
  engine ??= new Engine(allRules, BUILT_IN_PROVIDER_NAMES, userRuleProblem);
  return engine.scan(text, options);
}
