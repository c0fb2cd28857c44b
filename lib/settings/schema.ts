/**
 * The runtime shape of the settings object. Stored copies, imported files and the managed policy
 * all pass through here, so a hand-edited or hostile file can never hand the guard a value of the
 * wrong type. Errors name the field and what it takes (`share.views`, a number from 1 to 10).
 */
import { z } from 'zod';
import { USER_PATTERN_MAX_LENGTH, USER_RULES_MAX } from '../../detectors/user-rule-runner';
import { parseSitePattern, type SitePatternError } from '../site-policy';
import { DEFAULT_SETTINGS, type Settings, type ShareDefaults } from '.';
import {
  CUSTOM_RULE_ID_MAX_LENGTH,
  CUSTOM_RULE_KEYWORD_MAX_LENGTH,
  CUSTOM_RULE_KEYWORDS_MAX,
  CUSTOM_RULE_TITLE_MAX_LENGTH,
  HISTORY_RETENTION_DAYS,
  SERVER_URL_MAX_LENGTH,
  SHARE_EXPIRY_SECONDS,
  SHARE_VIEWS,
  SITE_PATTERN_MAX_LENGTH,
  SITE_RULES_MAX,
  type Range,
} from './limits';

export const RULE_GROUPS = [
  'cloud',
  'code',
  'payments',
  'messaging',
  'ai',
  'saas',
  'secrets-managers',
  'generic',
] as const;
export const SITE_MODES = ['guard', 'block', 'off'] as const;
export const CONFIDENCES = ['low', 'medium', 'high'] as const;
/** Expiry choices the server accepts, in seconds: 5 minutes to 30 days. */
export const EXPIRY_CHOICES = [300, 3600, 86_400, 7 * 86_400, 30 * 86_400] as const;

const wholeNumber = ({ min, max }: Range) => z.int().min(min).max(max);

const siteRuleSchema = z.strictObject({
  pattern: z
    .string()
    .max(SITE_PATTERN_MAX_LENGTH)
    .superRefine((pattern, ctx) => {
      const parsed = parseSitePattern(pattern);
      if ('error' in parsed)
        ctx.addIssue({ code: 'custom', message: parsed.error, params: parsed });
    }),
  mode: z.enum(SITE_MODES),
});

/**
 * A custom rule's fields. Whether its pattern may run is the detectors' call (`userRuleProblem`),
 * not the schema's: a stored rule that a newer check refuses must not take the user's other rules
 * with it, so it is kept, skipped when scanning, and shown with the reason on the options page.
 */
export const customRuleSchema = z.strictObject({
  id: z.string().min(1).max(CUSTOM_RULE_ID_MAX_LENGTH),
  title: z.string().max(CUSTOM_RULE_TITLE_MAX_LENGTH).optional(),
  pattern: z.string().max(USER_PATTERN_MAX_LENGTH),
  flags: z.enum(['', 'i']).optional(),
  keywords: z
    .array(z.string().min(1).max(CUSTOM_RULE_KEYWORD_MAX_LENGTH))
    .max(CUSTOM_RULE_KEYWORDS_MAX)
    .optional(),
  confidence: z.enum(CONFIDENCES).optional(),
});

export const settingsSchema = z.strictObject({
  // Empty: no link server chosen yet.
  serverUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(SERVER_URL_MAX_LENGTH)]),
  defaultMode: z.enum(SITE_MODES),
  siteRules: z.array(siteRuleSchema).max(SITE_RULES_MAX),
  share: z.strictObject({
    expiresIn: wholeNumber(SHARE_EXPIRY_SECONDS),
    views: wholeNumber(SHARE_VIEWS),
    requirePassphrase: z.boolean(),
  }),
  disabledGroups: z.array(z.enum(RULE_GROUPS)).max(RULE_GROUPS.length),
  minConfidence: z.enum(CONFIDENCES),
  customRules: z.array(customRuleSchema).max(USER_RULES_MAX),
  historyRetentionDays: wholeNumber(HISTORY_RETENTION_DAYS),
});

export type SettingsShape = z.infer<typeof settingsSchema>;

/** The link defaults, each validated, stored and locked on its own. */
export const SHARE_FIELDS = Object.keys(
  settingsSchema.shape.share.shape,
) as (keyof ShareDefaults)[];

// The schema and the interface must describe the same object; this fails to compile otherwise.
const schemaFitsInterface = (value: SettingsShape): Settings => value;
void schemaFitsInterface;

/** A plain object: what a settings file, a stored copy or a policy must be before fields are read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A complete, valid settings object from whatever is stored: each field that is missing or does
 * not validate falls back to its default on its own, so one bad field never resets the rest.
 */
export function withDefaults(stored: unknown): Settings {
  const value = isRecord(stored) ? stored : {};
  const out = structuredClone(DEFAULT_SETTINGS) as Settings;
  const target = out as unknown as Record<string, unknown>;
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    if (key === 'share') continue;
    const parsed = settingsSchema.shape[key].safeParse(value[key]);
    if (parsed.success) target[key] = parsed.data;
  }
  const share = isRecord(value.share) ? value.share : {};
  const shareShape = settingsSchema.shape.share.shape;
  for (const key of SHARE_FIELDS) {
    const parsed = shareShape[key].safeParse(share[key]);
    if (parsed.success) (out.share as unknown as Record<string, unknown>)[key] = parsed.data;
  }
  return out;
}

/**
 * One problem with a settings object or file, as data the options page words in the user's
 * language: `path` is the field as the file spells it (`share.views`, `siteRules[0].mode`; empty
 * for the file as a whole), the rest says what was expected.
 */
export type SettingsIssue = { path: string } & SettingsProblem;

export type SettingsProblem =
  | {
      problem:
        'too-large' | 'not-json' | 'not-object' | 'url' | 'boolean' | 'invalid' | 'newer-version';
    }
  | { problem: 'format'; expected: string }
  | { problem: 'unknown-field'; names: string[] }
  | { problem: 'number' | 'seconds' | 'days'; min: number; max: number }
  | { problem: 'one-of' | 'list-of'; choices: readonly string[] }
  | { problem: 'site-pattern'; error: SitePatternError };

/** What each field accepts; arrays are keyed with `[]` in place of the index. */
const FIELD_HINTS: Record<string, SettingsProblem> = {
  serverUrl: { problem: 'url' },
  defaultMode: { problem: 'one-of', choices: SITE_MODES },
  'siteRules[].mode': { problem: 'one-of', choices: SITE_MODES },
  'share.expiresIn': { problem: 'seconds', ...SHARE_EXPIRY_SECONDS },
  'share.views': { problem: 'number', ...SHARE_VIEWS },
  'share.requirePassphrase': { problem: 'boolean' },
  disabledGroups: { problem: 'list-of', choices: RULE_GROUPS },
  'disabledGroups[]': { problem: 'one-of', choices: RULE_GROUPS },
  minConfidence: { problem: 'one-of', choices: CONFIDENCES },
  historyRetentionDays: { problem: 'days', ...HISTORY_RETENTION_DAYS },
};

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || 'settings';
}

/** One issue per problem (20 at most), each naming the field's path. */
export function describeIssues(error: z.ZodError): SettingsIssue[] {
  return error.issues.slice(0, 20).map((issue): SettingsIssue => {
    const path = pathText(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return { path, problem: 'unknown-field', names: issue.keys };
    }
    // The one custom check: a site pattern, with what is wrong with it.
    if (issue.code === 'custom' && issue.params) {
      return { path, problem: 'site-pattern', error: issue.params as SitePatternError };
    }
    return { path, ...(FIELD_HINTS[path.replace(/\[\d+\]/g, '[]')] ?? { problem: 'invalid' }) };
  });
}

export type ParseResult =
  { ok: true; settings: SettingsShape } | { ok: false; errors: SettingsIssue[] };

/** Validates a complete settings object. */
export function parseSettingsShape(value: unknown): ParseResult {
  const parsed = settingsSchema.safeParse(value);
  return parsed.success
    ? { ok: true, settings: parsed.data }
    : { ok: false, errors: describeIssues(parsed.error) };
}
