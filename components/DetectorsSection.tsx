import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { scan, userRuleProblem, type RuleGroup, type UserRule } from '@/detectors/index';
import { saveSettings, type SettingsState } from '@/lib/settings/store';
import { CONFIDENCES, RULE_GROUPS } from '@/lib/settings/schema';
import { CONFIDENCE_LABELS, GROUP_LABELS } from './change-words';
import { LockNote } from './LockNote';

/** A kebab-case id from the name the user typed. */
export function ruleIdFor(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'custom'
  );
}

/** Splits `text` into plain and highlighted parts at the user rules' matches. */
function Highlighted({ text, rules }: { text: string; rules: UserRule[] }) {
  const findings = text ? scan(text, { userRules: rules }).filter((f) => f.group === 'user') : [];
  if (!text) return null;
  const parts = [];
  let at = 0;
  for (const [i, f] of findings.entries()) {
    if (f.start > at) parts.push(text.slice(at, f.start));
    parts.push(<mark key={i}>{text.slice(f.start, f.end)}</mark>);
    at = f.end;
  }
  parts.push(text.slice(at));
  return (
    <div>
      <p role="status" data-testid="rule-test-result">
        {i18n.t('detectors.matches', findings.length)}
      </p>
      <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{parts}</pre>
    </div>
  );
}

/**
 * Why a saved rule does not run: one saved before a stricter check, imported, or set by policy is
 * kept (so nothing is lost) but skipped by every scan until it is removed or rewritten.
 */
function RuleProblem({ rule }: { rule: UserRule }) {
  const problem = userRuleProblem(rule);
  return problem ? (
    <span class="error" data-testid="rule-problem">
      {' '}
      {i18n.t('detectors.notUsed', [problem])}
    </span>
  ) : null;
}

/** Provider groups on and off, custom rules with a test box, and the confidence floor. */
export function DetectorsSection({ state }: { state: SettingsState }) {
  const { settings, stored } = state;
  const groupsLocked = state.locked.includes('disabledGroups');
  const rulesLocked = state.locked.includes('customRules');
  const confidenceLocked = state.locked.includes('minConfidence');
  const [name, setName] = useState('');
  const [pattern, setPattern] = useState('');
  const [keywords, setKeywords] = useState('');
  const [ignoreCase, setIgnoreCase] = useState(false);
  const [sample, setSample] = useState('');
  const [error, setError] = useState('');

  const draft: UserRule = {
    id: ruleIdFor(name),
    title: name.trim() || i18n.t('detectors.customRule'),
    pattern,
    ...(ignoreCase ? { flags: 'i' } : {}),
    keywords: keywords
      .split(',')
      .map((k) => k.trim().toLowerCase())
      .filter(Boolean),
  };
  const draftProblem = pattern ? userRuleProblem(draft) : undefined;

  function toggleGroup(group: RuleGroup, enabled: boolean) {
    const others = stored.disabledGroups.filter((g) => g !== group);
    void saveSettings({ disabledGroups: enabled ? others : [...others, group] });
  }

  function addRule(event: Event) {
    event.preventDefault();
    if (!name.trim()) return setError(i18n.t('detectors.needName'));
    const problem = userRuleProblem(draft);
    if (problem) return setError(i18n.t('detectors.problem', [problem]));
    if (stored.customRules.some((r) => r.id === draft.id)) {
      return setError(i18n.t('detectors.duplicate'));
    }
    void saveSettings({ customRules: [...stored.customRules, draft] });
    setName('');
    setPattern('');
    setKeywords('');
    setError('');
  }

  return (
    <section class="card" aria-labelledby="detectors-heading" id="detectors">
      <h2 id="detectors-heading">{i18n.t('options.detectors')}</h2>
      <p class="lead">{i18n.t('detectors.lead')}</p>
      <fieldset disabled={groupsLocked}>
        <legend>{i18n.t('detectors.groups')}</legend>
        {RULE_GROUPS.map((group) => (
          <label key={group} class="switch-row">
            {i18n.t(GROUP_LABELS[group])}
            <input
              type="checkbox"
              role="switch"
              class="switch"
              checked={!settings.disabledGroups.includes(group)}
              onChange={(e) => toggleGroup(group, e.currentTarget.checked)}
            />
          </label>
        ))}
        <LockNote locked={groupsLocked} />
      </fieldset>

      <label for="min-confidence">{i18n.t('detectors.minConfidence')}</label>
      <select
        id="min-confidence"
        value={settings.minConfidence}
        disabled={confidenceLocked}
        onChange={(e) =>
          void saveSettings({
            minConfidence: e.currentTarget.value as (typeof CONFIDENCES)[number],
          })
        }
      >
        {CONFIDENCES.map((c) => (
          <option key={c} value={c}>
            {i18n.t(CONFIDENCE_LABELS[c])}
          </option>
        ))}
      </select>
      <LockNote locked={confidenceLocked} />

      <h3>{i18n.t('detectors.customRules')}</h3>
      {settings.customRules.length === 0 ? (
        <p class="note">{i18n.t('detectors.noCustomRules')}</p>
      ) : (
        <ul class="plain" aria-label={i18n.t('detectors.customRules')}>
          {settings.customRules.map((rule) => (
            <li key={rule.id} class="row">
              <span class="grow">
                {rule.title ?? rule.id}: <code>{rule.pattern}</code>
                <RuleProblem rule={rule} />
              </span>
              <button
                type="button"
                class="small danger"
                disabled={rulesLocked}
                aria-label={i18n.t('detectors.removeLabel', [rule.title ?? rule.id])}
                onClick={() =>
                  void saveSettings({
                    customRules: stored.customRules.filter((r) => r.id !== rule.id),
                  })
                }
              >
                {i18n.t('detectors.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <LockNote locked={rulesLocked} />
      <form onSubmit={addRule}>
        <fieldset disabled={rulesLocked}>
          <legend>{i18n.t('detectors.newRule')}</legend>
          <label for="rule-name">{i18n.t('detectors.name')}</label>
          <input
            id="rule-name"
            type="text"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <label for="rule-pattern">{i18n.t('detectors.pattern')}</label>
          <input
            id="rule-pattern"
            class="wide"
            type="text"
            spellcheck={false}
            value={pattern}
            aria-describedby="rule-error"
            onInput={(e) => setPattern(e.currentTarget.value)}
          />
          <label for="rule-keywords">{i18n.t('detectors.keywords')}</label>
          <input
            id="rule-keywords"
            type="text"
            value={keywords}
            onInput={(e) => setKeywords(e.currentTarget.value)}
          />
          <label class="switch-row">
            {i18n.t('detectors.ignoreCase')}
            <input
              type="checkbox"
              role="switch"
              class="switch"
              checked={ignoreCase}
              onChange={(e) => setIgnoreCase(e.currentTarget.checked)}
            />
          </label>
          <p id="rule-error" class="error" role="alert">
            {error || (draftProblem ? i18n.t('detectors.problem', [draftProblem]) : '')}
          </p>
          <button type="submit" class="primary">
            {i18n.t('detectors.add')}
          </button>
        </fieldset>
      </form>
      <label for="rule-sample">{i18n.t('detectors.sample')}</label>
      <textarea
        id="rule-sample"
        class="wide"
        rows={3}
        spellcheck={false}
        value={sample}
        onInput={(e) => setSample(e.currentTarget.value)}
      />
      <Highlighted
        text={sample}
        rules={[...settings.customRules, ...(pattern && !draftProblem ? [draft] : [])]}
      />
    </section>
  );
}
