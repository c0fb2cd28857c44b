import { i18n } from '#i18n';
import type { Confidence, RuleGroup } from '@/detectors/rule';
import type { ChangeLine, SettingChange } from '@/lib/settings/consent';
import type { SiteMode } from '@/lib/site-policy';

export const GROUP_LABELS = {
  cloud: 'detectors.cloud',
  code: 'detectors.code',
  payments: 'detectors.payments',
  messaging: 'detectors.messaging',
  ai: 'detectors.ai',
  saas: 'detectors.saas',
  'secrets-managers': 'detectors.secretsManagers',
  generic: 'detectors.generic',
} as const satisfies Record<RuleGroup, string>;

export const CONFIDENCE_LABELS = {
  low: 'detectors.low',
  medium: 'detectors.medium',
  high: 'detectors.high',
} as const satisfies Record<Confidence, string>;

const FIELD_LABELS = {
  serverUrl: 'changes.serverUrl',
  defaultMode: 'changes.defaultMode',
  siteRules: 'changes.siteRules',
  disabledGroups: 'changes.disabledGroups',
  minConfidence: 'changes.minConfidence',
  customRules: 'changes.customRules',
  share: 'changes.share',
  historyRetentionDays: 'changes.historyRetentionDays',
} as const satisfies Record<SettingChange['field'], string>;

// Lower case: they stand inside a line ("adds chat.example (allowed)").
const MODE_WORDS = {
  guard: 'changes.guarded',
  block: 'changes.blocked',
  off: 'changes.allowed',
} as const satisfies Record<SiteMode, string>;

/** The name of a changed setting, as the diff's heading for it. */
export const changeLabel = (field: SettingChange['field']): string => i18n.t(FIELD_LABELS[field]);

const mode = (value: SiteMode) => i18n.t(MODE_WORDS[value]);

/** A number of days, hours or minutes in the page's language, by the browser's own rules. */
function duration(value: number, unit: 'day' | 'hour' | 'minute'): string {
  return new Intl.NumberFormat(i18n.t('lang'), { style: 'unit', unit, unitDisplay: 'long' }).format(
    value,
  );
}

/** A link lifetime in the largest unit that divides it. */
function lifetime(seconds: number): string {
  if (seconds % 86_400 === 0) return duration(seconds / 86_400, 'day');
  if (seconds % 3600 === 0) return duration(seconds / 3600, 'hour');
  return duration(Math.round(seconds / 60), 'minute');
}

/** One line of a settings diff in the user's language. */
export function changeLine(line: ChangeLine): string {
  const arrow = (from: string, to: string) => i18n.t('changes.arrow', [from, to]);
  switch (line.what) {
    case 'server': {
      const none = i18n.t('changes.noServer');
      return arrow(line.from || none, line.to || none);
    }
    case 'mode':
      return arrow(mode(line.from), mode(line.to));
    case 'rule-added':
      return i18n.t('changes.ruleAdded', [line.pattern, mode(line.mode)]);
    case 'rule-removed':
      return i18n.t('changes.ruleRemoved', [line.pattern, mode(line.mode)]);
    case 'rule-mode':
      return i18n.t('changes.ruleMode', [line.pattern, mode(line.from), mode(line.to)]);
    case 'reordered':
      return i18n.t('changes.reordered');
    case 'tidied':
      return i18n.t('changes.tidied');
    case 'group-off':
      return i18n.t('changes.groupOff', [i18n.t(GROUP_LABELS[line.group])]);
    case 'group-on':
      return i18n.t('changes.groupOn', [i18n.t(GROUP_LABELS[line.group])]);
    case 'confidence':
      return arrow(i18n.t(CONFIDENCE_LABELS[line.from]), i18n.t(CONFIDENCE_LABELS[line.to]));
    case 'custom-added':
      return i18n.t('changes.customAdded', [line.id]);
    case 'custom-removed':
      return i18n.t('changes.customRemoved', [line.id]);
    case 'custom-changed':
      return i18n.t('changes.customChanged', [line.id]);
    case 'expiry':
      return i18n.t('changes.expiry', [lifetime(line.from), lifetime(line.to)]);
    case 'views':
      return i18n.t('changes.views', [String(line.from), String(line.to)]);
    case 'passphrase':
      return line.to ? i18n.t('changes.passphraseOn') : i18n.t('changes.passphraseOff');
    case 'retention':
      return arrow(duration(line.from, 'day'), duration(line.to, 'day'));
    case 'more':
      return i18n.t('changes.more', [String(line.count)]);
  }
}
