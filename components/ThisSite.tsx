import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MARK } from '@/lib/i18n/mark';
import { saveSettings, type SettingsState } from '@/lib/settings/store';
import { siteModeFor, type SiteMode } from '@/lib/site-policy';
import { setSiteMode, siteHost } from '@/lib/site-toggle';
import { LockNote } from './LockNote';

/** A site mode's name, here and in the options page's site rules. */
export const modeLabel = (mode: SiteMode): string =>
  ({ guard: i18n.t('site.guard'), block: i18n.t('site.block'), off: i18n.t('site.off') })[mode];

const modeHelp = (mode: SiteMode): string =>
  ({
    guard: i18n.t('site.guardHelp'),
    block: i18n.t('site.blockHelp'),
    off: i18n.t('site.offHelp'),
  })[mode];

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
        {i18n.t('site.notAPage')}
      </span>
    );
  }
  const { mode } = siteModeFor(url, state.settings.siteRules, state.settings.defaultMode);
  return (
    <span class={`chip ${MODE_TONE[mode]}`} data-testid="site-chip" title={host}>
      <span class="visually-hidden">{i18n.t('site.thisSite', [modeLabel(mode)])}</span>
      <span aria-hidden="true">{modeLabel(mode)}</span>
    </span>
  );
}

/** "host: Guarded. What that means." */
function SiteState({ host, mode }: { host: string; mode: SiteMode }) {
  const sentence = i18n.t('site.state', [MARK, modeLabel(mode), modeHelp(mode)]);
  const [before, after] = sentence.split(MARK);
  return (
    <>
      {before}
      <strong>{host}</strong>
      {after}
    </>
  );
}

/** The active tab's mode with a one-click change; every open tab picks it up at once. */
export function ThisSite({ state, url }: { state: SettingsState; url: string | undefined | null }) {
  if (url === null) {
    return (
      <section class="card" aria-labelledby="site-heading">
        <h2 id="site-heading">{i18n.t('site.heading')}</h2>
      </section>
    );
  }
  const host = siteHost(url);
  if (!url || !host) {
    return (
      <section class="card" aria-labelledby="site-heading">
        <h2 id="site-heading">{i18n.t('site.heading')}</h2>
        <p class="note">{i18n.t('site.onlyPages')}</p>
      </section>
    );
  }
  const { settings, locked, managedSites, pasteAnywayForbidden } = state;
  const decision = siteModeFor(url, settings.siteRules, settings.defaultMode);
  const byPolicy = decision.rule !== undefined && managedSites.includes(decision.rule);
  const isLocked = locked.includes('siteRules') || byPolicy;

  return (
    <section class="card" aria-labelledby="site-heading">
      <h2 id="site-heading">{i18n.t('site.heading')}</h2>
      <p class="site-state">
        <SiteState host={host} mode={decision.mode} />
        <LockNote locked={isLocked} />
      </p>
      <div class="segmented" role="group" aria-label={i18n.t('site.modeFor', [host])}>
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
            {modeLabel(mode)}
          </button>
        ))}
      </div>
    </section>
  );
}
