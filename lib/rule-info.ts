/**
 * What a built-in rule tells people in the warning: its title and where to rotate the key. The
 * content script's build strips these words from its rules (build/strip-rule-examples.ts) to stay
 * small, and asks the background, whose build keeps them, when a dialog needs them.
 */
import { allRules } from '@/detectors/all-rules';
import type { RuleInfo } from '@/detectors/rule';

export type RuleWords = Pick<RuleInfo, 'title' | 'rotateUrl'>;

/** Titles and rotation pages of the named built-in rules; unknown ids are left out. */
export function describeRules(ids: readonly string[]): Record<string, RuleWords> {
  const out: Record<string, RuleWords> = {};
  for (const { id, title, rotateUrl } of allRules) {
    if (ids.includes(id)) out[id] = rotateUrl ? { title, rotateUrl } : { title };
  }
  return out;
}
