/**
 * Runs user rules under the limits that hold even without the shape check (user-rules.ts holds
 * the check, and says why those rules are safe to run on the page's thread):
 *
 * 1. Size: at most USER_RULES_MAX rules of at most USER_PATTERN_MAX_LENGTH characters compile.
 * 2. Input: they run line by line on slices of at most USER_LINE_MAX characters, so one `exec`
 *    loop over a slice of an accepted rule costs at most USER_LINE_MAX × USER_STEPS_PER_START
 *    steps.
 * 3. Time: all user rules together get USER_TIME_BUDGET_MS per scan, checked after each rule's
 *    pass over a slice; once spent, the remaining slices are skipped (built-in rules are
 *    unaffected).
 */
import type { Confidence } from './rule';
import type { UserRule } from './types';

export const USER_PATTERN_MAX_LENGTH = 256;
export const USER_RULES_MAX = 50;
export const USER_LINE_MAX = 2000;
export const USER_TIME_BUDGET_MS = 50;
/**
 * Eight passes over a slice per start position: enough for a prefix, a few `\s*` and one bounded
 * ambiguity (`(?:api|secret)[_-]?key\s*[:=]\s*…`), while a slice's worst case stays at tens of
 * milliseconds; `\w*\w*` (a slice's length in ways) is far over it.
 */
export const USER_STEPS_PER_START = 8 * USER_LINE_MAX;

export interface CompiledUserRule {
  id: string;
  title: string;
  re: RegExp;
  keywords: string[];
  confidence: Confidence;
}

/** Why a rule is refused; the content script's engine goes without (see guard-scan.ts). */
export type UserRuleCheck = (rule: UserRule) => string | undefined;

/** Compiles the rules `check` accepts (those that compile, without one); others are skipped. */
export function compileUserRules(
  rules: readonly UserRule[],
  check?: UserRuleCheck,
): CompiledUserRule[] {
  const out: CompiledUserRule[] = [];
  for (const rule of rules.slice(0, USER_RULES_MAX)) {
    if (rule.pattern.length > USER_PATTERN_MAX_LENGTH || check?.(rule) !== undefined) continue;
    let re: RegExp;
    try {
      re = new RegExp(rule.pattern, 'gd' + (rule.flags?.includes('i') ? 'i' : ''));
    } catch {
      continue;
    }
    out.push({
      id: rule.id,
      title: rule.title ?? rule.id,
      re,
      keywords: (rule.keywords ?? []).map((k) => k.toLowerCase()).filter((k) => k.length > 0),
      confidence: rule.confidence ?? 'medium',
    });
  }
  return out;
}

export interface UserMatch {
  rule: CompiledUserRule;
  start: number;
  end: number;
}

/** Runs user rules over `text` under the line and time guards. */
export function runUserRules(text: string, rules: readonly CompiledUserRule[]): UserMatch[] {
  const found: UserMatch[] = [];
  if (rules.length === 0) return found;
  const deadline = performance.now() + USER_TIME_BUDGET_MS;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    for (let s = lineStart; s < lineEnd || s === lineStart; s += USER_LINE_MAX) {
      const e = Math.min(lineEnd, s + USER_LINE_MAX);
      const slice = text.slice(s, e);
      const lower = rules.some((r) => r.keywords.length) ? slice.toLowerCase() : '';
      for (const rule of rules) {
        if (rule.keywords.length && !rule.keywords.some((k) => lower.includes(k))) continue;
        rule.re.lastIndex = 0;
        for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
          if (m[0].length === 0) {
            rule.re.lastIndex++;
            continue;
          }
          const span = m.indices?.groups?.secret ?? [m.index, m.index + m[0].length];
          found.push({ rule, start: s + span[0], end: s + span[1] });
        }
        if (performance.now() > deadline) return found;
      }
      if (e >= lineEnd) break;
    }
    lineStart = lineEnd + 1;
  }
  return found;
}
