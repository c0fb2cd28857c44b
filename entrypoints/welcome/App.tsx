import { useEffect, useState } from 'preact/hooks';
import { PageShell } from '@/components/PageShell';
import { useSettingsState } from '@/components/use-settings-state';
import { requestServerAccess } from '@/lib/server-access';
import { probeServer, type ServerProbe } from '@/lib/server-kind';
import { saveSettings } from '@/lib/settings';
import { serverAddress } from './server-address';

type Choice = 'keywarden' | 'privatebin' | 'later';

const CHOICES: { value: Choice; label: string; hint: string }[] = [
  {
    value: 'keywarden',
    label: 'A Keywarden server',
    hint: 'Yours or your team’s: it stores only encrypted data and deletes it once read.',
  },
  {
    value: 'privatebin',
    label: 'A PrivateBin instance',
    hint: 'An existing PrivateBin (2.x): it too never sees what you share.',
  },
  {
    value: 'later',
    label: 'Not now',
    hint: 'Keywarden still warns; Send as one-time link will ask for a server.',
  },
];

const PLACEHOLDERS: Record<Choice, string> = {
  keywarden: 'https://links.example.com',
  privatebin: 'https://privatebin.example.org',
  later: '',
};

/** What the server said it is; the kind picked only shaped the form, the answer decides. */
function found(probe: ServerProbe, url: string): string {
  if (probe.kind === 'unknown') return `Nothing answered at ${url}. Nothing was saved.`;
  const what =
    probe.kind === 'privatebin'
      ? 'Found PrivateBin'
      : `Found a Keywarden server${probe.version ? `, version ${probe.version}` : ''}`;
  return `${what}. Links will go to ${url}.`;
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
        text: current
          ? `Links still go to ${current}.`
          : 'No link server for now. Keywarden still warns about secrets you paste.',
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
    setResult({ ok: true, text: `Asking ${address.url}…` });
    void (async () => {
      try {
        if (!(await granted)) {
          setResult({
            ok: false,
            text: `Keywarden was not allowed to reach ${address.url}. Nothing was saved.`,
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
    <PageShell title="Welcome to Keywarden">
      <section class="card intro">
        <p>
          Keywarden notices API keys and other credentials as you paste them into chat, mail or an
          AI prompt, and warns you before they leave.
        </p>
        <p>
          In one click it swaps them for a one-time link: encrypted here, readable once, then gone.
        </p>
      </section>
      {!state ? (
        <p class="note">Loading…</p>
      ) : locked ? (
        <p class="callout" data-testid="welcome-locked">
          Your administrator chose the link server: {current}.
        </p>
      ) : (
        <form class="card" onSubmit={submit}>
          <fieldset>
            <legend>
              <h2>Where should links go?</h2>
            </legend>
            <p class="lead">
              Pick the server that stores your one-time links. It never sees a secret.
            </p>
            {CHOICES.map(({ value, label, hint }) => (
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
              <label for="server-url">Server address</label>
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
              {choice === 'later' ? 'Continue without a server' : 'Test and save'}
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
