/**
 * User-supplied patterns are untrusted regular expressions that run synchronously on the page's
 * thread (inside the paste handler), where nothing can interrupt a match once `exec` starts. So
 * they run under a guard:
 *
 * 1. Size: the source is at most USER_PATTERN_MAX_LENGTH characters and at most
 *    USER_RULES_MAX rules are compiled.
 * 2. Shape: the source is parsed and accepted only inside a subset whose worst case per start
 *    position is bounded (regex-shape.ts states the argument): no lookarounds, back-references,
 *    nested quantifiers or repeated alternations, and at most USER_STEPS_PER_START steps from
 *    any start position of a slice.
 * 3. Input: they run line by line on slices of at most USER_LINE_MAX characters, so one `exec`
 *    loop over a slice costs at most USER_LINE_MAX × USER_STEPS_PER_START steps.
 * 4. Time: all user rules together get USER_TIME_BUDGET_MS per scan, checked after each rule's
 *    pass over a slice; once spent, the remaining slices are skipped (built-in rules are
 *    unaffected).
 */
import type { Confidence } from './rule';
import { regexShapeProblem } from './regex-shape';
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

/** Why a user pattern is refused, or undefined when it is accepted. */
export function userRuleProblem(rule: UserRule): string | undefined {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rule.id)) return 'id must be kebab-case';
  if (rule.pattern.length === 0) return 'pattern is empty';
  if (rule.pattern.length > USER_PATTERN_MAX_LENGTH) {
    return `pattern is longer than ${USER_PATTERN_MAX_LENGTH} characters`;
  }
  const ignoreCase = rule.flags?.includes('i') === true;
  try {
    new RegExp(rule.pattern, ignoreCase ? 'gdi' : 'gd');
  } catch {
    return 'pattern is not a valid regular expression';
  }
  return regexShapeProblem(rule.pattern, ignoreCase, USER_LINE_MAX, USER_STEPS_PER_START);
}

/** Compiles the acceptable user rules; refused ones are skipped. */
export function compileUserRules(rules: readonly UserRule[]): CompiledUserRule[] {
  const out: CompiledUserRule[] = [];
  for (const rule of rules.slice(0, USER_RULES_MAX)) {
    if (userRuleProblem(rule) !== undefined) continue;
    const flags = 'gd' + (rule.flags?.includes('i') ? 'i' : '');
    out.push({
      id: rule.id,
      title: rule.title ?? rule.id,
      re: new RegExp(rule.pattern, flags),
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
