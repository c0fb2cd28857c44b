import { useState } from 'preact/hooks';
import { scan, userRuleProblem, type RuleGroup, type UserRule } from '@/detectors/index';
import { saveSettings, type SettingsState } from '@/lib/settings';
import { CONFIDENCES, RULE_GROUPS } from '@/lib/settings-schema';
import { LockNote } from './LockNote';

const GROUP_LABELS: Record<RuleGroup, string> = {
  cloud: 'Cloud providers',
  code: 'Code hosting and package registries',
  payments: 'Payments',
  messaging: 'Messaging',
  ai: 'AI services',
  saas: 'Other SaaS',
  'secrets-managers': 'Secrets managers',
  generic: 'Generic (private keys, passwords in URLs…)',
};

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
        {findings.length === 0
          ? 'No match.'
          : `${findings.length} match${findings.length > 1 ? 'es' : ''}.`}
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
      Not used: the {problem}.
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
    title: name.trim() || 'Custom rule',
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
    if (!name.trim()) return setError('Give the rule a name.');
    const problem = userRuleProblem(draft);
    if (problem) return setError(`The ${problem}.`);
    if (stored.customRules.some((r) => r.id === draft.id)) {
      return setError('A rule with this name already exists.');
    }
    void saveSettings({ customRules: [...stored.customRules, draft] });
    setName('');
    setPattern('');
    setKeywords('');
    setError('');
  }

  return (
    <section class="card" aria-labelledby="detectors-heading" id="detectors">
      <h2 id="detectors-heading">Detectors</h2>
      <p class="lead">Which kinds of secret the guard looks for, and patterns of your own.</p>
      <fieldset disabled={groupsLocked}>
        <legend>Provider groups</legend>
        {RULE_GROUPS.map((group) => (
          <label key={group} class="switch-row">
            {GROUP_LABELS[group]}
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

      <label for="min-confidence">Minimum confidence</label>
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
            {c[0]?.toUpperCase() + c.slice(1)}
          </option>
        ))}
      </select>
      <LockNote locked={confidenceLocked} />

      <h3>Custom rules</h3>
      {settings.customRules.length === 0 ? (
        <p class="note">
          No custom rules yet. Add one below for a kind of token only your team uses.
        </p>
      ) : (
        <ul class="plain" aria-label="Custom rules">
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
                aria-label={`Remove rule ${rule.title ?? rule.id}`}
                onClick={() =>
                  void saveSettings({
                    customRules: stored.customRules.filter((r) => r.id !== rule.id),
                  })
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <LockNote locked={rulesLocked} />
      <form onSubmit={addRule}>
        <fieldset disabled={rulesLocked}>
          <legend>New rule</legend>
          <label for="rule-name">Name</label>
          <input
            id="rule-name"
            type="text"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <label for="rule-pattern">Pattern (regular expression)</label>
          <input
            id="rule-pattern"
            class="wide"
            type="text"
            spellcheck={false}
            value={pattern}
            aria-describedby="rule-error"
            onInput={(e) => setPattern(e.currentTarget.value)}
          />
          <label for="rule-keywords">Keywords (optional, comma-separated)</label>
          <input
            id="rule-keywords"
            type="text"
            value={keywords}
            onInput={(e) => setKeywords(e.currentTarget.value)}
          />
          <label class="switch-row">
            Ignore case
            <input
              type="checkbox"
              role="switch"
              class="switch"
              checked={ignoreCase}
              onChange={(e) => setIgnoreCase(e.currentTarget.checked)}
            />
          </label>
          <p id="rule-error" class="error" role="alert">
            {error || (draftProblem ? `The ${draftProblem}.` : '')}
          </p>
          <button type="submit" class="primary">
            Add rule
          </button>
        </fieldset>
      </form>
      <label for="rule-sample">
        Test text (matches of your rules and the new one are highlighted)
      </label>
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
