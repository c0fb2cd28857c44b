import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { MARK } from '@/lib/i18n/mark';
import { saveSettings, type SettingsState } from '@/lib/settings/store';
import {
  parseSitePattern,
  siteModeFor,
  type SiteMode,
  type SitePatternError,
  type SiteRule,
} from '@/lib/site-policy';
import { sitePatternText } from './error-words';
import { LockNote } from './LockNote';
import { modeLabel } from './ThisSite';

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
          {modeLabel(mode)}
        </option>
      ))}
    </select>
  );
}

/** Patterns as typed, the same in every language. */
const PATTERN_EXAMPLES = ['*.vault.example.com', 'github.com/*/*/settings/secrets/*'];
const URL_EXAMPLE = 'https://example.com/path';

/** The pattern examples, as code, wherever the sentence puts them. */
function PatternExamples() {
  const [before, between, after] = i18n.t('sites.patterns', [MARK, MARK]).split(MARK);
  return (
    <>
      {before}
      <code>{PATTERN_EXAMPLES[0]}</code>
      {between}
      <code>{PATTERN_EXAMPLES[1]}</code>
      {after}
    </>
  );
}

/** Allow-list, per-site modes, the default mode, and a live "does this URL match?" tester. */
export function SitesSection({ state }: { state: SettingsState }) {
  const { stored, settings, managedSites, pasteAnywayForbidden } = state;
  const rulesLocked = state.locked.includes('siteRules');
  const modeLocked = state.locked.includes('defaultMode');
  const [pattern, setPattern] = useState('');
  const [mode, setMode] = useState<SiteMode>('off');
  const [error, setError] = useState<SitePatternError>();
  const [testUrl, setTestUrl] = useState('');

  const saveRules = (siteRules: SiteRule[]) => void saveSettings({ siteRules });

  function add(event: Event) {
    event.preventDefault();
    const parsed = parseSitePattern(pattern);
    if ('error' in parsed) {
      setError(parsed);
      return;
    }
    const trimmed = pattern.trim();
    saveRules([
      ...stored.siteRules.filter((r) => r.pattern !== trimmed),
      { pattern: trimmed, mode },
    ]);
    setPattern('');
    setError(undefined);
  }

  let testResult = '';
  if (testUrl.trim()) {
    const candidate = /^[a-z]+:\/\//i.test(testUrl.trim())
      ? testUrl.trim()
      : `https://${testUrl.trim()}`;
    if (URL.canParse(candidate)) {
      const decision = siteModeFor(candidate, settings.siteRules, settings.defaultMode);
      testResult = decision.rule
        ? i18n.t('sites.matches', [decision.rule.pattern, modeLabel(decision.mode)])
        : i18n.t('sites.noMatch', [modeLabel(decision.mode)]);
    } else {
      testResult = i18n.t('sites.notUrl');
    }
  }

  return (
    <section class="card" aria-labelledby="sites-heading" id="sites">
      <h2 id="sites-heading">{i18n.t('options.sites')}</h2>
      <p class="lead">{i18n.t('sites.lead')}</p>
      <p class="note">
        <PatternExamples />
      </p>
      <label for="default-mode">{i18n.t('sites.everyOther')}</label>
      <ModeSelect
        id="default-mode"
        value={settings.defaultMode}
        disabled={modeLocked}
        noGuard={pasteAnywayForbidden}
        onChange={(defaultMode) => void saveSettings({ defaultMode })}
      />
      <LockNote locked={modeLocked} />
      {pasteAnywayForbidden && <p class="locked">{i18n.t('sites.noPasteAnyway')}</p>}
      <table aria-label={i18n.t('sites.rules')}>
        <thead>
          <tr>
            <th scope="col">{i18n.t('sites.pattern')}</th>
            <th scope="col">{i18n.t('sites.mode')}</th>
            <th scope="col">
              <span class="note">{i18n.t('sites.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {managedSites.map((rule) => (
            <tr key={`managed-${rule.pattern}`}>
              <td>{rule.pattern}</td>
              <td>{modeLabel(rule.mode)}</td>
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
                  label={i18n.t('sites.modeFor', [rule.pattern])}
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
                  aria-label={i18n.t('sites.removeLabel', [rule.pattern])}
                  onClick={() => saveRules(stored.siteRules.filter((_, i) => i !== index))}
                >
                  {i18n.t('sites.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <LockNote locked={rulesLocked} />
      <form onSubmit={add} class="row fields">
        <span>
          <label for="site-pattern">{i18n.t('sites.sitePattern')}</label>
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
          <label for="site-new-mode">{i18n.t('sites.mode')}</label>
          <ModeSelect
            id="site-new-mode"
            value={mode}
            disabled={rulesLocked}
            noGuard={pasteAnywayForbidden}
            onChange={setMode}
          />
        </span>
        <button type="submit" class="primary" disabled={rulesLocked || !pattern.trim()}>
          {i18n.t('sites.add')}
        </button>
      </form>
      <p id="site-pattern-error" class="error" role="alert">
        {error && sitePatternText(error)}
      </p>
      <label for="site-test">{i18n.t('sites.test')}</label>
      <input
        id="site-test"
        class="wide"
        type="url"
        placeholder={URL_EXAMPLE}
        value={testUrl}
        onInput={(e) => setTestUrl(e.currentTarget.value)}
      />
      <p role="status" data-testid="site-test-result">
        {testResult}
      </p>
    </section>
  );
}
