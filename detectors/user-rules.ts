/**
 * Which user rules may run. User-supplied patterns are untrusted regular expressions that run
 * synchronously on the page's thread (inside the paste handler), where nothing can interrupt a
 * match once `exec` starts. A rule is accepted when its id is kebab-case, its pattern compiles,
 * is at most USER_PATTERN_MAX_LENGTH characters long, and stays inside the subset whose worst
 * case per start position is bounded by USER_STEPS_PER_START (regex-shape.ts states the
 * argument): no lookarounds, back-references, nested quantifiers or repeated alternations.
 * user-rule-runner.ts then runs accepted rules under size, slice and time limits.
 */
import { regexShapeProblem } from './regex-shape';
import type { UserRule } from './types';
import { USER_LINE_MAX, USER_PATTERN_MAX_LENGTH, USER_STEPS_PER_START } from './user-rule-runner';

export {
  USER_LINE_MAX,
  USER_PATTERN_MAX_LENGTH,
  USER_RULES_MAX,
  USER_STEPS_PER_START,
  USER_TIME_BUDGET_MS,
} from './user-rule-runner';

/** Why a user rule is refused, or undefined when it is accepted. */
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

/** The rules `userRuleProblem` accepts: what the content script may be handed. */
export function acceptedUserRules<T extends UserRule>(rules: readonly T[]): T[] {
  return rules.filter((rule) => userRuleProblem(rule) === undefined);
}
