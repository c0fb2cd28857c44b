import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { PageShell } from '@/components/PageShell';
import { useSettingsState } from '@/components/use-settings-state';
import { requestServerAccess } from '@/lib/server-access';
import { probeServer, type ServerProbe } from '@/lib/server-kind';
import { saveSettings } from '@/lib/settings/store';
import { serverAddress } from './server-address';

type Choice = 'keywarden' | 'privatebin' | 'later';

const choices = (): { value: Choice; label: string; hint: string }[] => [
  {
    value: 'keywarden',
    label: i18n.t('welcome.keywarden'),
    hint: i18n.t('welcome.keywardenHint'),
  },
  {
    value: 'privatebin',
    label: i18n.t('welcome.privatebin'),
    hint: i18n.t('welcome.privatebinHint'),
  },
  {
    value: 'later',
    label: i18n.t('welcome.later'),
    hint: i18n.t('welcome.laterHint'),
  },
];

const PLACEHOLDERS: Record<Choice, string> = {
  keywarden: 'https://links.example.com',
  privatebin: 'https://privatebin.example.org',
  later: '',
};

/** What the server said it is; the kind picked only shaped the form, the answer decides. */
function found(probe: ServerProbe, url: string): string {
  if (probe.kind === 'unknown') return i18n.t('welcome.nothing', [url]);
  if (probe.kind === 'privatebin') return i18n.t('welcome.foundPrivateBin', [url]);
  return probe.version
    ? i18n.t('welcome.foundKeywardenVersion', [url, probe.version])
    : i18n.t('welcome.foundKeywarden', [url]);
}

interface Result {
  ok: boolean;
  text: string;
}

/** One screen: what Keywarden does, then where its links should go, tested live. */
export function App() {
  const state = useSettingsState();
  const [choice, setChoice] = useState<Choice>('keywarden');
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();
  const current = state?.settings.serverUrl ?? '';
  // Opened again from a dialog: start from the server the user has.
  useEffect(() => setTyped((value) => value || current), [current]);
  const locked = state?.locked.includes('serverUrl') ?? false;

  function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (choice === 'later') {
      setResult({
        ok: true,
        text: current ? i18n.t('welcome.stillGoes', [current]) : i18n.t('welcome.noServer'),
      });
      return;
    }
    const address = serverAddress(typed);
    if ('error' in address) {
      setResult({ ok: false, text: address.error });
      return;
    }
    // The permission prompt must come straight from the submit, before anything is awaited.
    const granted = requestServerAccess(address.url);
    setBusy(true);
    setResult({ ok: true, text: i18n.t('welcome.asking', [address.url]) });
    void (async () => {
      try {
        if (!(await granted)) {
          setResult({
            ok: false,
            text: i18n.t('welcome.notAllowed', [address.url]),
          });
          return;
        }
        const probe = await probeServer(address.url);
        if (probe.kind !== 'unknown') await saveSettings({ serverUrl: address.url });
        setResult({ ok: probe.kind !== 'unknown', text: found(probe, address.url) });
      } finally {
        setBusy(false);
      }
    })();
  }

  return (
    <PageShell title={i18n.t('welcome.pageTitle')}>
      <section class="card intro">
        <p>{i18n.t('welcome.intro1')}</p>
        <p>{i18n.t('welcome.intro2')}</p>
      </section>
      {!state ? (
        <p class="note">{i18n.t('welcome.loading')}</p>
      ) : locked ? (
        <p class="callout" data-testid="welcome-locked">
          {i18n.t('welcome.adminChose', [current])}
        </p>
      ) : (
        <form class="card" onSubmit={submit}>
          <fieldset>
            <legend>
              <h2>{i18n.t('welcome.where')}</h2>
            </legend>
            <p class="lead">{i18n.t('welcome.whereLead')}</p>
            {choices().map(({ value, label, hint }) => (
              <label class="choice" key={value}>
                <input
                  type="radio"
                  name="server-kind"
                  value={value}
                  checked={choice === value}
                  onChange={() => {
                    setChoice(value);
                    setResult(undefined);
                  }}
                />{' '}
                <span>
                  <strong>{label}</strong>
                  <span class="note">{hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {choice !== 'later' && (
            <>
              <label for="server-url">{i18n.t('welcome.address')}</label>
              <input
                id="server-url"
                class="wide"
                type="url"
                autocomplete="url"
                spellcheck={false}
                placeholder={PLACEHOLDERS[choice]}
                value={typed}
                onInput={(e) => setTyped(e.currentTarget.value)}
              />
            </>
          )}
          <div class="row" style={{ marginTop: '16px' }}>
            <button type="submit" class="primary" disabled={busy}>
              {choice === 'later' ? i18n.t('welcome.continue') : i18n.t('welcome.testAndSave')}
            </button>
          </div>
        </form>
      )}
      <p
        role="status"
        aria-live="polite"
        class={result?.ok === false ? 'error' : 'ok'}
        data-testid="welcome-result"
      >
        {result?.text}
      </p>
    </PageShell>
  );
}
