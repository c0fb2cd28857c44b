import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { saveSettings, type SettingsState } from '@/lib/settings';
import { siteModeFor, type SiteMode } from '@/lib/site-policy';
import { setSiteMode, siteHost } from '@/lib/site-toggle';
import { LockNote } from './LockNote';

export const MODE_LABELS: Record<SiteMode, string> = {
  guard: 'Guarded',
  block: 'Blocked',
  off: 'Allowed',
};

const MODE_HELP: Record<SiteMode, string> = {
  guard: 'Keywarden warns before a secret is pasted here.',
  block: 'Secrets cannot be pasted here at all.',
  off: 'Keywarden stays out of the way here.',
};

/** The active tab's mode with a one-click change; every open tab picks it up at once. */
export function ThisSite({ state }: { state: SettingsState }) {
  /** The active tab's address; undefined when it is not granted or not known; null until asked. */
  const [url, setUrl] = useState<string | undefined | null>(null);
  useEffect(() => {
    // `activeTab` grants this tab's URL while the popup is open; without it `url` is undefined.
    void browser.tabs.query({ active: true, currentWindow: true }).then(
      ([tab]) => setUrl(tab?.url),
      () => setUrl(undefined),
    );
  }, []);

  // Until the tab has answered, nothing is said of it: "not a web page" would flash first.
  if (url === null) {
    return (
      <section aria-labelledby="site-heading">
        <h2 id="site-heading">This site</h2>
      </section>
    );
  }
  const host = siteHost(url);
  if (!url || !host) {
    return (
      <section aria-labelledby="site-heading">
        <h2 id="site-heading">This site</h2>
        <p class="note">Keywarden only guards web pages.</p>
      </section>
    );
  }
  const { settings, locked, managedSites, pasteAnywayForbidden } = state;
  const decision = siteModeFor(url, settings.siteRules, settings.defaultMode);
  const byPolicy = decision.rule !== undefined && managedSites.includes(decision.rule);
  const isLocked = locked.includes('siteRules') || byPolicy;

  return (
    <section aria-labelledby="site-heading">
      <h2 id="site-heading">This site</h2>
      <p>
        <strong>{host}</strong>: {MODE_LABELS[decision.mode]}. {MODE_HELP[decision.mode]}
        <LockNote locked={isLocked} />
      </p>
      <div class="row" role="group" aria-label={`Mode for ${host}`}>
        {(['guard', 'block', 'off'] as const).map((mode) => (
          <button
            key={mode}
            type="button"
            aria-pressed={decision.mode === mode}
            disabled={isLocked || (mode === 'guard' && pasteAnywayForbidden)}
            onClick={() =>
              void saveSettings({ siteRules: setSiteMode(state.stored.siteRules, url, mode) })
            }
          >
            {MODE_LABELS[mode]}
          </button>
        ))}
      </div>
    </section>
  );
}
