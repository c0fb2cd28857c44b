/**
 * The runtime shape of the settings object. Stored copies, imported files and the managed policy
 * all pass through here, so a hand-edited or hostile file can never hand the guard a value of the
 * wrong type. Errors name the field (`share.views: expected a number from 1 to 10`).
 */
import { z } from 'zod';
import { USER_PATTERN_MAX_LENGTH, USER_RULES_MAX } from '../detectors/user-rule-runner';
import { parseSitePattern } from './site-policy';

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

const siteRuleSchema = z.strictObject({
  pattern: z
    .string()
    .max(512)
    .superRefine((pattern, ctx) => {
      const parsed = parseSitePattern(pattern);
      if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
    }),
  mode: z.enum(SITE_MODES),
});

/**
 * A custom rule's fields. Whether its pattern may run is the detectors' call (`userRuleProblem`),
 * not the schema's: a stored rule that a newer check refuses must not take the user's other rules
 * with it, so it is kept, skipped when scanning, and shown with the reason on the options page.
 */
export const customRuleSchema = z.strictObject({
  id: z.string().min(1).max(64),
  title: z.string().max(100).optional(),
  pattern: z.string().max(USER_PATTERN_MAX_LENGTH),
  flags: z.enum(['', 'i']).optional(),
  keywords: z.array(z.string().min(1).max(64)).max(20).optional(),
  confidence: z.enum(CONFIDENCES).optional(),
});

export const settingsSchema = z.strictObject({
  // Empty: no link server chosen yet.
  serverUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2048)]),
  defaultMode: z.enum(SITE_MODES),
  siteRules: z.array(siteRuleSchema).max(500),
  share: z.strictObject({
    expiresIn: z
      .int()
      .min(60)
      .max(30 * 86_400),
    views: z.int().min(1).max(10),
    requirePassphrase: z.boolean(),
  }),
  disabledGroups: z.array(z.enum(RULE_GROUPS)).max(RULE_GROUPS.length),
  minConfidence: z.enum(CONFIDENCES),
  customRules: z.array(customRuleSchema).max(USER_RULES_MAX),
  historyRetentionDays: z.int().min(1).max(3650),
});

export type SettingsShape = z.infer<typeof settingsSchema>;

/** What each field accepts, in words; arrays are keyed with `[]` in place of the index. */
const FIELD_HINTS: Record<string, string> = {
  serverUrl: 'expected an http or https URL',
  defaultMode: 'expected one of guard, block, off',
  'siteRules[].mode': 'expected one of guard, block, off',
  'share.expiresIn': 'expected seconds from 60 to 2592000',
  'share.views': 'expected a number from 1 to 10',
  'share.requirePassphrase': 'expected true or false',
  disabledGroups: `expected a list of ${RULE_GROUPS.join(', ')}`,
  'disabledGroups[]': `expected one of ${RULE_GROUPS.join(', ')}`,
  minConfidence: 'expected one of low, medium, high',
  historyRetentionDays: 'expected a number of days from 1 to 3650',
};

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(settings)';
}

/** One line per problem, each starting with the field's path. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const path = pathText(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return `${path}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    }
    // Custom issues already say what is wrong with the value (e.g. a refused pattern).
    const hint = issue.code === 'custom' ? undefined : FIELD_HINTS[path.replace(/\[\d+\]/g, '[]')];
    return `${path}: ${hint ?? issue.message}`;
  });
}

export type ParseResult = { ok: true; settings: SettingsShape } | { ok: false; errors: string[] };

/** Validates a complete settings object. */
export function parseSettingsShape(value: unknown): ParseResult {
  const parsed = settingsSchema.safeParse(value);
  return parsed.success
    ? { ok: true, settings: parsed.data }
    : { ok: false, errors: describeIssues(parsed.error) };
}
