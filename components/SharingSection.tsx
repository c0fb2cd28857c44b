import { useEffect, useState } from 'preact/hooks';
import { detectLinkServer, forgetLinkServer } from '@/lib/link-server';
import { hasServerAccess, requestServerAccess, serverOrigin } from '@/lib/server-access';
import { saveSettings, type SettingsState } from '@/lib/settings';
import { EXPIRY_CHOICES } from '@/lib/settings-schema';
import { serverBase, ShareError } from '@/lib/share-client';
import { LockNote } from './LockNote';
import { EXPIRY_LABELS } from './ShareForm';

/** Says what answers at `server`: a Keywarden server, a PrivateBin instance, or neither. */
async function testConnection(server: string): Promise<{ ok: boolean; text: string }> {
  forgetLinkServer(server);
  try {
    const found = await detectLinkServer({ server });
    return {
      ok: true,
      text:
        found.kind === 'privatebin'
          ? 'Connected: a PrivateBin instance. Its links open once, in its own page.'
          : 'Connected: a Keywarden server.',
    };
  } catch (error) {
    return {
      ok: false,
      text: error instanceof ShareError ? error.message : 'The server could not be reached.',
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
      setResult({ ok: false, text: 'serverUrl: expected an http or https URL' });
      return;
    }
    // The permission prompt must come straight from the click, before anything is awaited.
    const granted = requestServerAccess(base);
    // Secrets go only where the user let Keywarden reach: an origin not granted is not saved.
    if (!(await granted)) {
      setResult({
        ok: false,
        text: `Permission to reach this server was not granted${
          locked('serverUrl') ? '.' : '; the link server was not changed.'
        }`,
      });
      return;
    }
    if (!locked('serverUrl')) await saveSettings({ serverUrl: base });
    setResult(await testConnection(locked('serverUrl') ? settings.serverUrl : base));
  }

  return (
    <section class="card" aria-labelledby="sharing-heading" id="sharing">
      <h2 id="sharing-heading">Sharing</h2>
      <p class="lead">Where one-time links are stored, and what new links start with.</p>
      <form onSubmit={(e) => void saveAndTest(e)}>
        <label for="server-url">Link server</label>
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
            {locked('serverUrl') ? 'Test connection' : 'Save and test connection'}
          </button>
        </div>
        <LockNote locked={locked('serverUrl')} />
        {!reachable && settings.serverUrl && (
          <p class="error" data-testid="server-access">
            Keywarden may not reach {serverOrigin(settings.serverUrl)} yet: press{' '}
            {locked('serverUrl') ? 'Test connection' : 'Save and test connection'} to allow it.
          </p>
        )}
        {state.createTokenSet && (
          <p class="note">Links are created with a token your administrator set.</p>
        )}
        <p role="status" class={result?.ok ? 'ok' : 'error'} data-testid="connection-result">
          {result?.text}
        </p>
      </form>
      <div class="row fields">
        <span>
          <label for="default-expiry">Links expire after</label>
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
                {EXPIRY_LABELS[seconds]}
              </option>
            ))}
          </select>
          <LockNote locked={locked('share.expiresIn')} />
        </span>
        <span>
          <label for="default-views">Views</label>
          <input
            id="default-views"
            type="number"
            min={1}
            max={10}
            value={settings.share.views}
            disabled={locked('share.views')}
            onChange={(e) => {
              const views = Math.min(
                10,
                Math.max(1, Math.round(Number(e.currentTarget.value)) || 1),
              );
              void saveSettings({ share: { views } });
            }}
          />
          <LockNote locked={locked('share.views')} />
        </span>
      </div>
      <label class="switch-row">
        Require a passphrase for links made in the popup
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
