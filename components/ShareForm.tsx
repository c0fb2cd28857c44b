import { useState } from 'preact/hooks';
import { notAllowedText, sendMessage } from '@/lib/messages';
import { EXPIRY_CHOICES } from '@/lib/settings-schema';
import type { ShareDefaults } from '@/lib/settings';

export const EXPIRY_LABELS: Record<(typeof EXPIRY_CHOICES)[number], string> = {
  300: '5 minutes',
  3600: '1 hour',
  86400: '1 day',
  604800: '7 days',
  2592000: '30 days',
};

interface Created {
  link: string;
  expiresAt: number;
  copied: boolean;
  withPassphrase: boolean;
}

const FAILURES = {
  unreachable: 'Could not reach the link server.',
  'no-server': 'No link server is set up yet.',
  refused: 'The link server refused the secret.',
  'passphrase-required': 'Your settings require a passphrase for every link.',
  'one-view-only':
    'Your link server is PrivateBin, which deletes a link when it is first opened: choose 1 view.',
} as const;

function nearestExpiry(seconds: number): number {
  return EXPIRY_CHOICES.includes(seconds as never) ? seconds : 86_400;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const chooseServer = () => void sendMessage({ type: 'setup.open' }).catch(() => undefined);

/**
 * "Share a secret": the secret goes to the background, which encrypts it; only the link returns.
 * Without a link server (`hasServer` false) it says so first, with the way to choose one.
 */
export function ShareForm({
  defaults,
  hasServer,
}: {
  defaults: ShareDefaults;
  hasServer: boolean;
}) {
  const [secret, setSecret] = useState('');
  const [expiresIn, setExpiresIn] = useState(nearestExpiry(defaults.expiresIn));
  const [views, setViews] = useState(defaults.views);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  // No server answered: the way on is to choose one, never a dead end.
  const [offerSetup, setOfferSetup] = useState(false);
  const [created, setCreated] = useState<Created>();

  async function create(event: Event) {
    event.preventDefault();
    if (!secret || busy) return;
    setBusy(true);
    setError('');
    setOfferSetup(false);
    const reply = await sendMessage({
      type: 'share.createOne',
      secret,
      expiresIn,
      views,
      ...(passphrase ? { passphrase } : {}),
    }).catch(() => undefined);
    setBusy(false);
    if (!reply?.ok) {
      setError(
        reply?.reason === 'not-allowed'
          ? notAllowedText(reply.origin ?? 'the link server')
          : FAILURES[reply?.reason ?? 'unreachable'],
      );
      setOfferSetup(reply?.reason !== 'refused' && reply?.reason !== 'passphrase-required');
      return;
    }
    // The secret leaves the popup's state as soon as its link exists.
    setSecret('');
    setPassphrase('');
    const copied = await copy(reply.link);
    setCreated({
      link: reply.link,
      expiresAt: reply.expiresAt,
      copied,
      withPassphrase: !!passphrase,
    });
  }

  return (
    <section class="card" aria-labelledby="share-heading">
      <h2 id="share-heading">Share a secret</h2>
      <p class="lead note">Encrypted here; the link opens once, then the secret is gone.</p>
      {!hasServer && !offerSetup && (
        <div class="callout" data-testid="no-server">
          <p>Links need a link server, and none is chosen yet.</p>
          <button type="button" class="small" onClick={chooseServer}>
            Choose a link server
          </button>
        </div>
      )}
      <form onSubmit={(event) => void create(event)}>
        <label for="share-secret">Secret</label>
        <input
          id="share-secret"
          class="wide"
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={secret}
          onInput={(e) => setSecret(e.currentTarget.value)}
        />
        <div class="row fields">
          <span class="grow">
            <label for="share-expiry">Expires after</label>
            <select
              id="share-expiry"
              class="wide"
              value={String(expiresIn)}
              onChange={(e) => setExpiresIn(Number(e.currentTarget.value))}
            >
              {EXPIRY_CHOICES.map((seconds) => (
                <option key={seconds} value={String(seconds)}>
                  {EXPIRY_LABELS[seconds]}
                </option>
              ))}
            </select>
          </span>
          <span>
            <label for="share-views">Views</label>
            <input
              id="share-views"
              type="number"
              min={1}
              max={10}
              value={views}
              onInput={(e) =>
                setViews(Math.min(10, Math.max(1, Number(e.currentTarget.value) || 1)))
              }
            />
          </span>
        </div>
        <label for="share-passphrase">
          Passphrase {defaults.requirePassphrase ? '(required)' : '(optional)'}
        </label>
        <input
          id="share-passphrase"
          class="wide"
          type="password"
          autocomplete="new-password"
          required={defaults.requirePassphrase}
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
        <button type="submit" class="primary block" disabled={!secret || busy}>
          {busy ? 'Creating…' : 'Create link'}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {error && <p class="error">{error}</p>}
        {offerSetup && (
          <button type="button" onClick={chooseServer}>
            Choose a link server
          </button>
        )}
        {created && (
          <div class="created" data-testid="created-link">
            <label for="share-link">Link{created.copied ? ' (copied)' : ''}</label>
            <div class="row">
              <input
                id="share-link"
                class="grow"
                type="text"
                readOnly
                value={created.link}
                onFocus={(e) => e.currentTarget.select()}
              />
              <button
                type="button"
                onClick={() =>
                  void copy(created.link).then((copied) => setCreated({ ...created, copied }))
                }
              >
                Copy
              </button>
            </div>
            <p class="note">
              Expires {new Date(created.expiresAt).toLocaleString()}.{' '}
              {created.withPassphrase
                ? 'Send the passphrase on another channel (a call, another app), never with the link.'
                : 'Anyone with the link can open it once; send it only to the person who needs it.'}
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
