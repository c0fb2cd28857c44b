/**
 * Every bound a setting has, stated once: the settings schema, the message schemas, the site
 * pattern parser and the form fields all read them here, so a field can never accept what the
 * store then refuses. No imports: the content script's site matcher reads one of them.
 * (`USER_RULES_MAX` and `USER_PATTERN_MAX_LENGTH` belong to the detectors that enforce them.)
 */

/** An inclusive range of whole numbers. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Link lifetime in seconds: 1 minute to the 30 days the server keeps a secret by default. */
export const SHARE_EXPIRY_SECONDS: Range = { min: 60, max: 30 * 86_400 };
export const SHARE_VIEWS: Range = { min: 1, max: 10 };
export const HISTORY_RETENTION_DAYS: Range = { min: 1, max: 3650 };

export const SERVER_URL_MAX_LENGTH = 2048;
export const SITE_PATTERN_MAX_LENGTH = 512;
/** Site rules the user keeps, and allowed sites a policy adds. */
export const SITE_RULES_MAX = 500;

export const CUSTOM_RULE_ID_MAX_LENGTH = 64;
export const CUSTOM_RULE_TITLE_MAX_LENGTH = 100;
export const CUSTOM_RULE_KEYWORD_MAX_LENGTH = 64;
export const CUSTOM_RULE_KEYWORDS_MAX = 20;

/** A form field's text as a whole number inside `range`; `fallback` when it is not a number. */
export function inRange(range: Range, text: string, fallback: number): number {
  return Math.min(range.max, Math.max(range.min, Math.round(Number(text)) || fallback));
}
