import type { Confidence, RuleGroup } from './rule';

/** One secret found in a text. `start`/`end` are string offsets of the secret itself. */
export interface Finding {
  ruleId: string;
  /**
   * A provider id (providers.ts), or `user`. With the title, empty in the content script, whose
   * build strips the words of rules (RuleInfo); its dialog asks the background for the title.
   */
  provider: string;
  title: string;
  group: RuleGroup | 'user';
  confidence: Confidence;
  start: number;
  end: number;
  /** Safe to show: known prefix and at most a quarter of the secret, or fully masked. */
  redacted: string;
  rotateUrl?: string;
  /** Set when the secret was found inside an encoded wrapper; the span covers the wrapper. */
  encoding?: 'json' | 'url' | 'base64';
}

/** A rule supplied by the user (options page or CLI config). */
export interface UserRule {
  id: string;
  title?: string;
  /** Regular expression source, at most USER_PATTERN_MAX_LENGTH characters. */
  pattern: string;
  /** Only `i` is honoured; the engine adds its own flags. */
  flags?: string;
  /** Lower-case literals gating the rule; without them it runs on every line. */
  keywords?: string[];
  confidence?: Confidence;
}

export interface ScanOptions {
  /** Rule ids or group names to run; all built-in rules when omitted. */
  rules?: readonly string[];
  /** Rule ids or group names to skip. */
  disabled?: readonly string[];
  /** Extra user rules; those `userRuleProblem` refuses are skipped (user-rules.ts). */
  userRules?: readonly UserRule[];
  /** Drop findings below this confidence (default 'low', i.e. keep all). */
  minConfidence?: Confidence;
  /** Look inside JSON-escaped, URL-encoded and base64 wrappers (default true). */
  decode?: boolean;
}
