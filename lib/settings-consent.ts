/**
 * What a change to the settings does, in words, and which changes need the user's yes: those that
 * move where secrets go (the link server) or let more secrets through (a looser site mode, fewer
 * detectors). A synced change of that kind is held until the user applies it on this device; an
 * import shows its whole diff before anything is written. Pure, so it is unit-tested alone.
 */
import type { SiteMode, SiteRule } from './site-policy';
import type { Settings } from './settings-defaults';

export interface SettingChange {
  field: keyof Settings;
  label: string;
  /** What changes, one line each, at most MAX_LINES of them. */
  lines: string[];
  /** True when the change moves where secrets go or lets more through. */
  loosens: boolean;
}

const MAX_LINES = 20;
const MODE_WORDS: Record<SiteMode, string> = { guard: 'guarded', block: 'blocked', off: 'allowed' };
// Higher is stricter.
const MODE_RANK: Record<SiteMode, number> = { off: 0, guard: 1, block: 2 };
const CONFIDENCE_RANK = { low: 0, medium: 1, high: 2 } as const;

const arrow = (from: unknown, to: unknown) => `${String(from)} → ${String(to)}`;

function capped(lines: string[]): string[] {
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES - 1), `and ${lines.length - MAX_LINES + 1} more`];
}

/** Only a pattern's first rule can ever win (ties go to the earlier rule), so later copies are dead. */
function firstRules(rules: readonly SiteRule[]): Map<string, SiteMode> {
  const out = new Map<string, SiteMode>();
  for (const rule of rules) if (!out.has(rule.pattern)) out.set(rule.pattern, rule.mode);
  return out;
}

/**
 * A site-rule change lets nothing through that was stopped before when every rule it removes
 * allowed, every rule it adds blocks, no kept rule gets a looser mode, and kept rules stay in
 * order (the order breaks ties between equally specific rules). For any page, the new winning
 * rule is then either an added block rule, or a kept rule that won before or beat only an
 * allowing rule that is gone.
 */
function siteRulesChange(from: readonly SiteRule[], to: readonly SiteRule[]) {
  const before = firstRules(from);
  const after = firstRules(to);
  const lines: string[] = [];
  let loosens = false;
  for (const [pattern, mode] of before) {
    const next = after.get(pattern);
    if (next === undefined) {
      lines.push(`removes ${pattern} (${MODE_WORDS[mode]})`);
      loosens ||= mode !== 'off';
    } else if (next !== mode) {
      lines.push(`${pattern}: ${arrow(MODE_WORDS[mode], MODE_WORDS[next])}`);
      loosens ||= MODE_RANK[next] < MODE_RANK[mode];
    }
  }
  for (const [pattern, mode] of after) {
    if (before.has(pattern)) continue;
    lines.push(`adds ${pattern} (${MODE_WORDS[mode]})`);
    loosens ||= mode !== 'block';
  }
  const keptBefore = [...before.keys()].filter((p) => after.has(p));
  const keptAfter = [...after.keys()].filter((p) => before.has(p));
  if (keptBefore.some((pattern, i) => keptAfter[i] !== pattern)) {
    lines.push('changes the order of the rules');
    loosens = true;
  }
  // Only dead duplicates changed: nothing any page sees.
  if (lines.length === 0) lines.push('tidies duplicate rules');
  return { lines, loosens };
}

function customRulesChange(from: Settings['customRules'], to: Settings['customRules']) {
  const lines: string[] = [];
  let loosens = false;
  const after = new Map(to.map((rule) => [rule.id, JSON.stringify(rule)]));
  const beforeIds = new Set(from.map((rule) => rule.id));
  for (const rule of from) {
    const next = after.get(rule.id);
    if (next === JSON.stringify(rule)) continue;
    lines.push(`${next === undefined ? 'removes' : 'changes'} ${rule.id}`);
    loosens = true;
  }
  for (const rule of to) if (!beforeIds.has(rule.id)) lines.push(`adds ${rule.id}`);
  return { lines: lines.length ? lines : ['changes the order of the rules'], loosens };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every field that differs between two complete settings objects, in the settings' order. */
export function diffSettings(from: Settings, to: Settings): SettingChange[] {
  const out: SettingChange[] = [];
  const add = (field: keyof Settings, label: string, lines: string[], loosens: boolean) =>
    out.push({ field, label, lines: capped(lines), loosens });

  if (from.serverUrl !== to.serverUrl) {
    const line = arrow(from.serverUrl || '(none)', to.serverUrl || '(none)');
    // Unsetting the server sends secrets nowhere; any other move sends them somewhere new.
    add('serverUrl', 'Link server (where secrets go)', [line], to.serverUrl !== '');
  }
  if (from.defaultMode !== to.defaultMode) {
    add(
      'defaultMode',
      'Mode for other sites',
      [arrow(MODE_WORDS[from.defaultMode], MODE_WORDS[to.defaultMode])],
      MODE_RANK[to.defaultMode] < MODE_RANK[from.defaultMode],
    );
  }
  if (!same(from.siteRules, to.siteRules)) {
    const { lines, loosens } = siteRulesChange(from.siteRules, to.siteRules);
    add('siteRules', 'Site rules', lines, loosens);
  }
  if (!same([...from.disabledGroups].sort(), [...to.disabledGroups].sort())) {
    const off = to.disabledGroups.filter((group) => !from.disabledGroups.includes(group));
    const on = from.disabledGroups.filter((group) => !to.disabledGroups.includes(group));
    const lines = [...off.map((g) => `turns off ${g}`), ...on.map((g) => `turns on ${g}`)];
    add('disabledGroups', 'Detector groups', lines, off.length > 0);
  }
  if (from.minConfidence !== to.minConfidence) {
    add(
      'minConfidence',
      'Minimum confidence',
      [arrow(from.minConfidence, to.minConfidence)],
      CONFIDENCE_RANK[to.minConfidence] > CONFIDENCE_RANK[from.minConfidence],
    );
  }
  if (!same(from.customRules, to.customRules)) {
    const { lines, loosens } = customRulesChange(from.customRules, to.customRules);
    add('customRules', 'Custom rules', lines, loosens);
  }
  if (!same(from.share, to.share)) {
    const lines = (['expiresIn', 'views', 'requirePassphrase'] as const)
      .filter((key) => from.share[key] !== to.share[key])
      .map((key) => `${key}: ${arrow(from.share[key], to.share[key])}`);
    add('share', 'Link defaults', lines, false);
  }
  if (from.historyRetentionDays !== to.historyRetentionDays) {
    const lines = [`${arrow(from.historyRetentionDays, to.historyRetentionDays)} days`];
    add('historyRetentionDays', 'History kept for', lines, false);
  }
  return out;
}

/**
 * The settings to act on: the synced ones, except that each field whose synced value needs
 * consent keeps the consented value. `held` lists what waits for the user.
 */
export function withConsent(
  consented: Settings,
  synced: Settings,
): { settings: Settings; held: SettingChange[] } {
  const settings: Settings = { ...synced };
  const held = diffSettings(consented, synced).filter((change) => change.loosens);
  for (const { field } of held) {
    (settings as unknown as Record<string, unknown>)[field] = consented[field];
  }
  return { settings, held };
}
