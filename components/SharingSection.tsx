import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { detectLinkServer, forgetLinkServer } from '@/lib/link-server';
import { hasServerAccess, requestServerAccess, serverOrigin } from '@/lib/server-access';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { inRange, SHARE_VIEWS } from '@/lib/settings/limits';
import { saveSettings, type SettingsState } from '@/lib/settings/store';
import { EXPIRY_CHOICES } from '@/lib/settings/schema';
import { serverBase, ShareError } from '@/lib/share-client';
import { shareErrorText } from './error-words';
import { LockNote } from './LockNote';
import { expiryLabel } from './ShareForm';

/** Says what answers at `server`: a Keywarden server, a PrivateBin instance, or neither. */
async function testConnection(server: string): Promise<{ ok: boolean; text: string }> {
  forgetLinkServer(server);
  try {
    const found = await detectLinkServer({ server });
    return {
      ok: true,
      text:
        found.kind === 'privatebin'
          ? i18n.t('sharing.connectedPrivateBin')
          : i18n.t('sharing.connectedKeywarden'),
    };
  } catch (error) {
    return {
      ok: false,
      text: error instanceof ShareError ? shareErrorText(error) : i18n.t('sharing.unreachable'),
    };
  }
}

/** Server URL with Test connection, and the defaults for new links. */
export function SharingSection({ state }: { state: SettingsState }) {
  const { settings } = state;
  const locked = (field: (typeof state.locked)[number]) => state.locked.includes(field);
  const [serverUrl, setServerUrl] = useState(settings.serverUrl);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [reachable, setReachable] = useState(true);
  useEffect(() => setServerUrl(settings.serverUrl), [settings.serverUrl]);
  useEffect(() => {
    void hasServerAccess(settings.serverUrl).then(setReachable);
  }, [settings.serverUrl, result]);

  async function saveAndTest(event: Event) {
    event.preventDefault();
    const base = serverBase(serverUrl.trim());
    if (!base) {
      setResult({ ok: false, text: i18n.t('sharing.notUrl') });
      return;
    }
    // The permission prompt must come straight from the click, before anything is awaited.
    const granted = requestServerAccess(base);
    // Secrets go only where the user let Keywarden reach: an origin not granted is not saved.
    if (!(await granted)) {
      setResult({
        ok: false,
        text: locked('serverUrl')
          ? i18n.t('sharing.notGranted')
          : i18n.t('sharing.notGrantedUnchanged'),
      });
      return;
    }
    if (!locked('serverUrl')) await saveSettings({ serverUrl: base });
    setResult(await testConnection(locked('serverUrl') ? settings.serverUrl : base));
  }

  const testLabel = locked('serverUrl') ? i18n.t('sharing.test') : i18n.t('sharing.saveAndTest');
  return (
    <section class="card" aria-labelledby="sharing-heading" id="sharing">
      <h2 id="sharing-heading">{i18n.t('options.sharing')}</h2>
      <p class="lead">{i18n.t('sharing.lead')}</p>
      <form onSubmit={(e) => void saveAndTest(e)}>
        <label for="server-url">{i18n.t('sharing.server')}</label>
        <div class="row">
          <input
            id="server-url"
            class="grow"
            type="url"
            value={serverUrl}
            disabled={locked('serverUrl')}
            onInput={(e) => setServerUrl(e.currentTarget.value)}
          />
          <button type="submit" class="primary">
            {testLabel}
          </button>
        </div>
        <LockNote locked={locked('serverUrl')} />
        {!reachable && settings.serverUrl && (
          <p class="error" data-testid="server-access">
            {i18n.t('sharing.notReachable', [
              serverOrigin(settings.serverUrl) ?? settings.serverUrl,
              testLabel,
            ])}
          </p>
        )}
        {state.createTokenSet && <p class="note">{i18n.t('sharing.adminToken')}</p>}
        <p role="status" class={result?.ok ? 'ok' : 'error'} data-testid="connection-result">
          {result?.text}
        </p>
      </form>
      <div class="row fields">
        <span>
          <label for="default-expiry">{i18n.t('sharing.expireAfter')}</label>
          <select
            id="default-expiry"
            value={String(settings.share.expiresIn)}
            disabled={locked('share.expiresIn')}
            onChange={(e) =>
              void saveSettings({
                share: { expiresIn: Number(e.currentTarget.value) },
              })
            }
          >
            {EXPIRY_CHOICES.map((seconds) => (
              <option key={seconds} value={String(seconds)}>
                {expiryLabel(seconds)}
              </option>
            ))}
          </select>
          <LockNote locked={locked('share.expiresIn')} />
        </span>
        <span>
          <label for="default-views">{i18n.t('sharing.views')}</label>
          <input
            id="default-views"
            type="number"
            min={SHARE_VIEWS.min}
            max={SHARE_VIEWS.max}
            value={settings.share.views}
            disabled={locked('share.views')}
            onChange={(e) => {
              const views = inRange(
                SHARE_VIEWS,
                e.currentTarget.value,
                DEFAULT_SETTINGS.share.views,
              );
              void saveSettings({ share: { views } });
            }}
          />
          <LockNote locked={locked('share.views')} />
        </span>
      </div>
      <label class="switch-row">
        {i18n.t('sharing.requirePassphrase')}
        <input
          type="checkbox"
          role="switch"
          class="switch"
          checked={settings.share.requirePassphrase}
          disabled={locked('share.requirePassphrase')}
          onChange={(e) =>
            void saveSettings({
              share: { requirePassphrase: e.currentTarget.checked },
            })
          }
        />
      </label>
      <LockNote locked={locked('share.requirePassphrase')} />
    </section>
  );
}
