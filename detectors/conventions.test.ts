import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Rule } from './rule';
import { allRules } from './all-rules';

const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'rules');
/** Files in rules/ that share code rather than declare rules. */
const NOT_RULE_FILES = new Set(['rule-parts.ts', 'assignment-syntax.ts']);

function isRule(value: unknown): value is Rule {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'pattern' in value &&
    'examples' in value
  );
}

function rulesIn(module: Record<string, unknown>): Rule[] {
  return Object.values(module).flatMap((v) =>
    Array.isArray(v) ? v.filter(isRule) : isRule(v) ? [v] : [],
  );
}

describe('rule conventions', () => {
  const files = readdirSync(RULES_DIR).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_RULE_FILES.has(f),
  );

  test.each(files)('%s declares rules that are all registered', async (file) => {
    const module = (await import(join(RULES_DIR, file))) as Record<string, unknown>;
    const declared = rulesIn(module);
    expect(declared.length, `${file} exports no rules`).toBeGreaterThan(0);
    const registered = new Set(allRules.map((r) => r.id));
    for (const rule of declared)
      expect(registered.has(rule.id), `${rule.id} from ${file} is not in allRules`).toBe(true);
  });

  test('ids are unique and kebab-case', () => {
    const seen = new Set<string>();
    for (const rule of allRules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(seen.has(rule.id), `duplicate id ${rule.id}`).toBe(false);
      seen.add(rule.id);
    }
  });

  test('keywords are non-empty and lower-case', () => {
    for (const rule of allRules) {
      expect(rule.keywords.length, rule.id).toBeGreaterThan(0);
      for (const k of rule.keywords) {
        expect(k.length, rule.id).toBeGreaterThan(0);
        expect(k, rule.id).toBe(k.toLowerCase());
      }
    }
  });

  test('every rule has true and false examples, each false one explained', () => {
    for (const rule of allRules) {
      const { match, noMatch } = rule.examples();
      expect(match.length, rule.id).toBeGreaterThan(0);
      expect(noMatch.length, rule.id).toBeGreaterThan(0);
      for (const n of noMatch) expect(n.why.length, rule.id).toBeGreaterThan(0);
    }
  });

  test('patterns carry no global or sticky flag (the engine adds its own)', () => {
    for (const rule of allRules) expect(rule.pattern.flags, rule.id).not.toMatch(/[gy]/);
  });

  test('the rule set covers at least 150 credential kinds', () => {
    expect(allRules.length).toBeGreaterThanOrEqual(150);
  });
});
