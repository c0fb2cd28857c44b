import { useState } from 'preact/hooks';
import { saveSettings, type SettingsState } from '@/lib/settings';
import { parseSitePattern, siteModeFor, type SiteMode, type SiteRule } from '@/lib/site-policy';
import { LockNote } from './LockNote';
import { MODE_LABELS } from './ThisSite';

const MODES = ['guard', 'block', 'off'] as const;

function ModeSelect(props: {
  id: string;
  value: SiteMode;
  disabled: boolean;
  noGuard: boolean;
  label?: string;
  onChange(mode: SiteMode): void;
}) {
  return (
    <select
      id={props.id}
      aria-label={props.label}
      value={props.value}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.currentTarget.value as SiteMode)}
    >
      {MODES.map((mode) => (
        <option key={mode} value={mode} disabled={mode === 'guard' && props.noGuard}>
          {MODE_LABELS[mode]}
        </option>
      ))}
    </select>
  );
}

/** Allow-list, per-site modes, the default mode, and a live "does this URL match?" tester. */
export function SitesSection({ state }: { state: SettingsState }) {
  const { stored, settings, managedSites, pasteAnywayForbidden } = state;
  const rulesLocked = state.locked.includes('siteRules');
  const modeLocked = state.locked.includes('defaultMode');
  const [pattern, setPattern] = useState('');
  const [mode, setMode] = useState<SiteMode>('off');
  const [error, setError] = useState('');
  const [testUrl, setTestUrl] = useState('');

  const saveRules = (siteRules: SiteRule[]) => void saveSettings({ siteRules });

  function add(event: Event) {
    event.preventDefault();
    const parsed = parseSitePattern(pattern);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    const trimmed = pattern.trim();
    saveRules([
      ...stored.siteRules.filter((r) => r.pattern !== trimmed),
      { pattern: trimmed, mode },
    ]);
    setPattern('');
    setError('');
  }

  let testResult = '';
  if (testUrl.trim()) {
    const candidate = /^[a-z]+:\/\//i.test(testUrl.trim())
      ? testUrl.trim()
      : `https://${testUrl.trim()}`;
    if (URL.canParse(candidate)) {
      const decision = siteModeFor(candidate, settings.siteRules, settings.defaultMode);
      testResult = decision.rule
        ? `Matches ${decision.rule.pattern}: ${MODE_LABELS[decision.mode]}.`
        : `No rule matches: the default applies (${MODE_LABELS[decision.mode]}).`;
    } else {
      testResult = 'That is not a URL.';
    }
  }

  return (
    <section class="card" aria-labelledby="sites-heading" id="sites">
      <h2 id="sites-heading">Sites</h2>
      <p class="lead">Where Keywarden warns, where it blocks, and where it stays out of the way.</p>
      <p class="note">
        Patterns are a host with an optional path: <code>*.vault.example.com</code>,{' '}
        <code>github.com/*/*/settings/secrets/*</code>. The most specific match wins.
      </p>
      <label for="default-mode">Every other site</label>
      <ModeSelect
        id="default-mode"
        value={settings.defaultMode}
        disabled={modeLocked}
        noGuard={pasteAnywayForbidden}
        onChange={(defaultMode) => void saveSettings({ defaultMode })}
      />
      <LockNote locked={modeLocked} />
      {pasteAnywayForbidden && (
        <p class="locked">
          Your administrator has turned off Paste anyway: guarded sites are blocked.
        </p>
      )}
      <table aria-label="Site rules">
        <thead>
          <tr>
            <th scope="col">Pattern</th>
            <th scope="col">Mode</th>
            <th scope="col">
              <span class="note">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {managedSites.map((rule) => (
            <tr key={`managed-${rule.pattern}`}>
              <td>{rule.pattern}</td>
              <td>{MODE_LABELS[rule.mode]}</td>
              <td>
                <LockNote locked />
              </td>
            </tr>
          ))}
          {stored.siteRules.map((rule, index) => (
            <tr key={`${rule.pattern}-${index}`}>
              <td>{rule.pattern}</td>
              <td>
                <ModeSelect
                  id={`site-mode-${index}`}
                  label={`Mode for ${rule.pattern}`}
                  value={rule.mode}
                  disabled={rulesLocked}
                  noGuard={pasteAnywayForbidden}
                  onChange={(next) =>
                    saveRules(
                      stored.siteRules.map((r, i) => (i === index ? { ...r, mode: next } : r)),
                    )
                  }
                />
              </td>
              <td>
                <button
                  type="button"
                  class="small danger"
                  disabled={rulesLocked}
                  aria-label={`Remove ${rule.pattern}`}
                  onClick={() => saveRules(stored.siteRules.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <LockNote locked={rulesLocked} />
      <form onSubmit={add} class="row fields">
        <span>
          <label for="site-pattern">Site pattern</label>
          <input
            id="site-pattern"
            type="text"
            size={36}
            disabled={rulesLocked}
            value={pattern}
            aria-describedby="site-pattern-error"
            onInput={(e) => setPattern(e.currentTarget.value)}
          />
        </span>
        <span>
          <label for="site-new-mode">Mode</label>
          <ModeSelect
            id="site-new-mode"
            value={mode}
            disabled={rulesLocked}
            noGuard={pasteAnywayForbidden}
            onChange={setMode}
          />
        </span>
        <button type="submit" class="primary" disabled={rulesLocked || !pattern.trim()}>
          Add site
        </button>
      </form>
      <p id="site-pattern-error" class="error" role="alert">
        {error}
      </p>
      <label for="site-test">Does this URL match?</label>
      <input
        id="site-test"
        class="wide"
        type="url"
        placeholder="https://example.com/path"
        value={testUrl}
        onInput={(e) => setTestUrl(e.currentTarget.value)}
      />
      <p role="status" data-testid="site-test-result">
        {testResult}
      </p>
    </section>
  );
}
