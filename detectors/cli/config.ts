/**
 * `keywarden.json`: rules switched off (or the only ones on), custom rules in the options page's
 * format (the same schema and the same `userRuleProblem` check, so a rule the extension refuses
 * is refused here too) and paths to skip. Any problem is a ConfigError of one line, which the CLI
 * prints before exiting 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  customRuleSchema,
  describeIssues,
  RULE_GROUPS,
  type SettingsIssue,
} from '../../lib/settings/schema';
import { allRules, type Confidence, type UserRule } from '../index';
import { userRuleProblem, USER_RULES_MAX } from '../user-rules';

export const CONFIG_NAME = 'keywarden.json';
const MAX_CONFIG_BYTES = 1024 * 1024;

const ruleList = z.array(z.string().min(1).max(100)).max(1000);

const configSchema = z.strictObject({
  $schema: z.string().max(2048).optional(),
  /** Rule ids or groups not to run. */
  disable: ruleList.optional(),
  /** Rule ids or groups: when given, only these run. */
  enable: ruleList.optional(),
  customRules: z.array(customRuleSchema).max(USER_RULES_MAX).optional(),
  /** Globs of paths (from the root) not scanned, in the tree, the staged changes and history. */
  skip: z.array(z.string().min(1).max(256)).max(500).optional(),
  minConfidence: z.enum(['low', 'medium', 'high']).optional(),
});

export interface Config {
  disable?: string[];
  enable?: string[];
  customRules?: UserRule[];
  skip?: string[];
  minConfidence?: Confidence;
}

export class ConfigError extends Error {}

const KNOWN = new Set<string>([...allRules.map((r) => r.id), ...RULE_GROUPS]);

/**
 * Line and column of a JSON syntax error when V8 gives its position (Node 20 does not always),
 * never its message: that quotes the file, which may hold anything.
 */
function syntaxWhere(text: string, error: unknown): string {
  const at = /position (\d+)/.exec((error as Error).message)?.[1];
  if (at === undefined) return '';
  const before = text.slice(0, Number(at));
  const line = before.split('\n').length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

/**
 * A settings issue in English: the options page words these through its catalogues, the CLI
 * speaks English only. The root is named after the options page's settings object there.
 */
function issueText(issue: SettingsIssue): string {
  const path = issue.path === 'settings' || issue.path === '' ? 'top level' : issue.path;
  const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');
  const expected = ((): string => {
    switch (issue.problem) {
      case 'unknown-field':
        return `unknown field ${quoted(issue.names)}`;
      case 'one-of':
        return `expected one of ${issue.choices.join(', ')}`;
      case 'list-of':
        return `expected a list of ${issue.choices.join(', ')}`;
      case 'number':
      case 'seconds':
      case 'days':
        return `expected a number from ${issue.min} to ${issue.max}`;
      case 'boolean':
        return 'expected true or false';
      case 'url':
        return 'expected an http or https URL';
      case 'format':
        return `expected "${issue.expected}"`;
      case 'not-object':
        return 'expected an object';
      case 'site-pattern':
      case 'too-large':
      case 'not-json':
      case 'newer-version':
      case 'invalid':
        return 'this value is not valid';
    }
  })();
  return `${path}: ${expected}`;
}

/** Validates a parsed config; the error names the field. */
export function parseConfig(value: unknown, name = CONFIG_NAME): Config {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ConfigError(`${name}: expected a JSON object`);
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) {
    throw new ConfigError(`${name}: ${describeIssues(parsed.error).map(issueText).join('; ')}`);
  }
  const config = parsed.data;
  const problems: string[] = [];
  for (const key of ['disable', 'enable'] as const) {
    config[key]?.forEach((id, i) => {
      if (!KNOWN.has(id)) problems.push(`${key}[${i}]: unknown rule or group "${id}"`);
    });
  }
  const ids = new Set<string>();
  config.customRules?.forEach((rule, i) => {
    const problem = userRuleProblem(rule);
    if (problem) problems.push(`customRules[${i}]: ${problem}`);
    if (ids.has(rule.id)) problems.push(`customRules[${i}]: id "${rule.id}" is used twice`);
    ids.add(rule.id);
  });
  if (problems.length) throw new ConfigError(`${name}: ${problems.slice(0, 20).join('; ')}`);
  delete config.$schema;
  return config as Config;
}

/** Reads `file`, or `keywarden.json` in `root` when there is one; no file, no config. */
export function loadConfig(root: string, file?: string): Config {
  const path = file ?? join(root, CONFIG_NAME);
  if (!file && !existsSync(path)) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`cannot read config ${path}${code ? ` (${code})` : ''}`);
  }
  if (text.length > MAX_CONFIG_BYTES) throw new ConfigError(`${path}: larger than 1 MB`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path}: not valid JSON${syntaxWhere(text, error)}`);
  }
  return parseConfig(value, path);
}
