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

/** Allowed is the one state in which a secret goes through unwarned: it reads as a caution. */
const MODE_TONE: Record<SiteMode, string> = { guard: 'ok', block: 'info', off: 'warn' };

/**
 * The active tab's address; undefined when it is not granted or not known; null until asked.
 * `activeTab` grants this tab's URL while the popup is open.
 */
export function useActiveTabUrl(): string | undefined | null {
  const [url, setUrl] = useState<string | undefined | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(
      ([tab]) => setUrl(tab?.url),
      () => setUrl(undefined),
    );
  }, []);
  return url;
}

/** The header's one-glance state of the active tab. */
export function SiteChip({
  state,
  url,
}: {
  state?: SettingsState;
  url: string | undefined | null;
}) {
  // Until the tab and the settings have answered, nothing is said: a wrong state would flash.
  if (url === null || !state) return null;
  const host = siteHost(url);
  if (!url || !host) {
    return (
      <span class="chip" data-testid="site-chip">
        Not a web page
      </span>
    );
  }
  const { mode } = siteModeFor(url, state.settings.siteRules, state.settings.defaultMode);
  return (
    <span class={`chip ${MODE_TONE[mode]}`} data-testid="site-chip" title={host}>
      <span class="visually-hidden">This site: </span>
      {MODE_LABELS[mode]}
    </span>
  );
}

/** The active tab's mode with a one-click change; every open tab picks it up at once. */
export function ThisSite({ state, url }: { state: SettingsState; url: string | undefined | null }) {
  if (url === null) {
    return (
      <section class="card" aria-labelledby="site-heading">
        <h2 id="site-heading">This site</h2>
      </section>
    );
  }
  const host = siteHost(url);
  if (!url || !host) {
    return (
      <section class="card" aria-labelledby="site-heading">
        <h2 id="site-heading">This site</h2>
        <p class="note">
          Keywarden only guards web pages. Open a site to choose how it is guarded there.
        </p>
      </section>
    );
  }
  const { settings, locked, managedSites, pasteAnywayForbidden } = state;
  const decision = siteModeFor(url, settings.siteRules, settings.defaultMode);
  const byPolicy = decision.rule !== undefined && managedSites.includes(decision.rule);
  const isLocked = locked.includes('siteRules') || byPolicy;

  return (
    <section class="card" aria-labelledby="site-heading">
      <h2 id="site-heading">This site</h2>
      <p class="site-state">
        <strong>{host}</strong>: {MODE_LABELS[decision.mode]}. {MODE_HELP[decision.mode]}
        <LockNote locked={isLocked} />
      </p>
      <div class="segmented" role="group" aria-label={`Mode for ${host}`}>
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
