/**
 * What a built-in rule tells people: its title and where to rotate the key. The content script's
 * build leaves these words out of its rule table (scripts/strip-rule-examples.ts) to stay small,
 * and asks the background for them when a dialog needs them.
 */
import { allRules } from '@/detectors/all-rules';

export interface RuleInfo {
  title: string;
  rotateUrl?: string;
}

let byId: Map<string, RuleInfo> | undefined;

/** Titles and rotation pages of the named built-in rules; unknown ids are left out. */
export function describeRules(ids: readonly string[]): Record<string, RuleInfo> {
  byId ??= new Map(
    allRules.map((rule) => [
      rule.id,
      rule.rotateUrl ? { title: rule.title, rotateUrl: rule.rotateUrl } : { title: rule.title },
    ]),
  );
  const out: Record<string, RuleInfo> = {};
  for (const id of ids) {
    const info = byId.get(id);
    if (info) out[id] = info;
  }
  return out;
}
