/**
 * User-supplied patterns are untrusted regular expressions, so they run under a guard:
 *
 * 1. Size: the source is at most USER_PATTERN_MAX_LENGTH characters and at most
 *    USER_RULES_MAX rules are compiled.
 * 2. Shape: patterns with back-references or a quantified group that itself contains a
 *    quantifier (the `(a+)+` family behind catastrophic backtracking) are rejected.
 * 3. Input: they run line by line on slices of at most USER_LINE_MAX characters, so even a
 *    polynomial pattern only ever sees a short subject.
 * 4. Time: all user rules together get USER_TIME_BUDGET_MS per scan; once spent, the
 *    remaining lines are skipped (built-in rules are unaffected).
 */
import type { Confidence } from './rule';
import type { UserRule } from './types';

export const USER_PATTERN_MAX_LENGTH = 256;
export const USER_RULES_MAX = 50;
export const USER_LINE_MAX = 2000;
export const USER_TIME_BUDGET_MS = 50;

export interface CompiledUserRule {
  id: string;
  title: string;
  re: RegExp;
  keywords: string[];
  confidence: Confidence;
}

// A group closed by `)` and followed by a quantifier, whose body holds a quantifier.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[*+]|\{\d*,?\d*\})(?:[^()\\]|\\.)*\)(?:[*+?]|\{\d)/;
const BACKREFERENCE = /\\[1-9]|\\k</;

/** Why a user pattern is refused, or undefined when it is accepted. */
export function userRuleProblem(rule: UserRule): string | undefined {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rule.id)) return 'id must be kebab-case';
  if (rule.pattern.length === 0) return 'pattern is empty';
  if (rule.pattern.length > USER_PATTERN_MAX_LENGTH) {
    return `pattern is longer than ${USER_PATTERN_MAX_LENGTH} characters`;
  }
  if (NESTED_QUANTIFIER.test(rule.pattern)) return 'pattern nests quantifiers';
  if (BACKREFERENCE.test(rule.pattern)) return 'pattern uses back-references';
  try {
    new RegExp(rule.pattern, 'gd');
  } catch {
    return 'pattern is not a valid regular expression';
  }
  return undefined;
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
      }
      if (performance.now() > deadline) return found;
      if (e >= lineEnd) break;
    }
    lineStart = lineEnd + 1;
  }
  return found;
}
