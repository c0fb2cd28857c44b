/**
 * What a change to the settings does, line by line, and which changes need the user's yes: those
 * that move where secrets go (the link server) or let more secrets through (a looser site mode,
 * fewer detectors). A synced change of that kind is held until the user applies it on this device;
 * an import shows its whole diff before anything is written. Pure, so it is unit-tested alone; the
 * options page words each line in the user's language (`components/change-words.ts`).
 */
import type { SiteMode, SiteRule } from '../site-policy';
import type { Confidence, RuleGroup } from '@/detectors/rule';
import type { Settings } from '.';

/** One thing a change does, as data: values are the settings' own (a URL, a mode, seconds). */
export type ChangeLine =
  | { what: 'server'; from: string; to: string }
  | { what: 'mode'; from: SiteMode; to: SiteMode }
  | { what: 'rule-added' | 'rule-removed'; pattern: string; mode: SiteMode }
  | { what: 'rule-mode'; pattern: string; from: SiteMode; to: SiteMode }
  | { what: 'reordered' | 'tidied' }
  | { what: 'group-off' | 'group-on'; group: RuleGroup }
  | { what: 'confidence'; from: Confidence; to: Confidence }
  | { what: 'custom-added' | 'custom-removed' | 'custom-changed'; id: string }
  | { what: 'expiry' | 'views' | 'retention'; from: number; to: number }
  | { what: 'passphrase'; to: boolean }
  | { what: 'more'; count: number };

export interface SettingChange {
  field: keyof Settings;
  /** What changes, one line each, at most MAX_LINES of them. */
  lines: ChangeLine[];
  /** True when the change moves where secrets go or lets more through. */
  loosens: boolean;
}

const MAX_LINES = 20;
// Higher is stricter.
const MODE_RANK: Record<SiteMode, number> = { off: 0, guard: 1, block: 2 };
const CONFIDENCE_RANK = { low: 0, medium: 1, high: 2 } as const;

function capped(lines: ChangeLine[]): ChangeLine[] {
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES - 1), { what: 'more', count: lines.length - MAX_LINES + 1 }];
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
  const lines: ChangeLine[] = [];
  let loosens = false;
  for (const [pattern, mode] of before) {
    const next = after.get(pattern);
    if (next === undefined) {
      lines.push({ what: 'rule-removed', pattern, mode });
      loosens ||= mode !== 'off';
    } else if (next !== mode) {
      lines.push({ what: 'rule-mode', pattern, from: mode, to: next });
      loosens ||= MODE_RANK[next] < MODE_RANK[mode];
    }
  }
  for (const [pattern, mode] of after) {
    if (before.has(pattern)) continue;
    lines.push({ what: 'rule-added', pattern, mode });
    loosens ||= mode !== 'block';
  }
  const keptBefore = [...before.keys()].filter((p) => after.has(p));
  const keptAfter = [...after.keys()].filter((p) => before.has(p));
  if (keptBefore.some((pattern, i) => keptAfter[i] !== pattern)) {
    lines.push({ what: 'reordered' });
    loosens = true;
  }
  // Only dead duplicates changed: nothing any page sees.
  if (lines.length === 0) lines.push({ what: 'tidied' });
  return { lines, loosens };
}

function customRulesChange(from: Settings['customRules'], to: Settings['customRules']) {
  const lines: ChangeLine[] = [];
  let loosens = false;
  const after = new Map(to.map((rule) => [rule.id, JSON.stringify(rule)]));
  const beforeIds = new Set(from.map((rule) => rule.id));
  for (const rule of from) {
    const next = after.get(rule.id);
    if (next === JSON.stringify(rule)) continue;
    lines.push({ what: next === undefined ? 'custom-removed' : 'custom-changed', id: rule.id });
    loosens = true;
  }
  for (const rule of to)
    if (!beforeIds.has(rule.id)) lines.push({ what: 'custom-added', id: rule.id });
  return { lines: lines.length ? lines : [{ what: 'reordered' } as const], loosens };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every field that differs between two complete settings objects, in the settings' order. */
export function diffSettings(from: Settings, to: Settings): SettingChange[] {
  const out: SettingChange[] = [];
  const add = (field: keyof Settings, lines: ChangeLine[], loosens: boolean) =>
    out.push({ field, lines: capped(lines), loosens });

  if (from.serverUrl !== to.serverUrl) {
    // Unsetting the server sends secrets nowhere; any other move sends them somewhere new.
    const line = { what: 'server', from: from.serverUrl, to: to.serverUrl } as const;
    add('serverUrl', [line], to.serverUrl !== '');
  }
  if (from.defaultMode !== to.defaultMode) {
    add(
      'defaultMode',
      [{ what: 'mode', from: from.defaultMode, to: to.defaultMode }],
      MODE_RANK[to.defaultMode] < MODE_RANK[from.defaultMode],
    );
  }
  if (!same(from.siteRules, to.siteRules)) {
    const { lines, loosens } = siteRulesChange(from.siteRules, to.siteRules);
    add('siteRules', lines, loosens);
  }
  if (!same([...from.disabledGroups].sort(), [...to.disabledGroups].sort())) {
    const off = to.disabledGroups.filter((group) => !from.disabledGroups.includes(group));
    const on = from.disabledGroups.filter((group) => !to.disabledGroups.includes(group));
    const lines: ChangeLine[] = [
      ...off.map((group) => ({ what: 'group-off', group }) as const),
      ...on.map((group) => ({ what: 'group-on', group }) as const),
    ];
    add('disabledGroups', lines, off.length > 0);
  }
  if (from.minConfidence !== to.minConfidence) {
    add(
      'minConfidence',
      [{ what: 'confidence', from: from.minConfidence, to: to.minConfidence }],
      CONFIDENCE_RANK[to.minConfidence] > CONFIDENCE_RANK[from.minConfidence],
    );
  }
  if (!same(from.customRules, to.customRules)) {
    const { lines, loosens } = customRulesChange(from.customRules, to.customRules);
    add('customRules', lines, loosens);
  }
  if (!same(from.share, to.share)) {
    const [was, now] = [from.share, to.share];
    const lines: ChangeLine[] = [];
    if (was.expiresIn !== now.expiresIn)
      lines.push({ what: 'expiry', from: was.expiresIn, to: now.expiresIn });
    if (was.views !== now.views) lines.push({ what: 'views', from: was.views, to: now.views });
    if (was.requirePassphrase !== now.requirePassphrase)
      lines.push({ what: 'passphrase', to: now.requirePassphrase });
    add('share', lines, false);
  }
  if (from.historyRetentionDays !== to.historyRetentionDays) {
    const line = {
      what: 'retention',
      from: from.historyRetentionDays,
      to: to.historyRetentionDays,
    } as const;
    add('historyRetentionDays', [line], false);
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
