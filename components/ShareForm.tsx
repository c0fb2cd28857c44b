import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { notAllowedText, sendMessage } from '@/lib/messages';
import { inRange, SHARE_VIEWS } from '@/lib/settings/limits';
import { EXPIRY_CHOICES } from '@/lib/settings/schema';
import { DEFAULT_SETTINGS, type ShareDefaults } from '@/lib/settings';

const EXPIRY_KEYS = {
  300: 'expiry.minutes5',
  3600: 'expiry.hour1',
  86400: 'expiry.day1',
  604800: 'expiry.days7',
  2592000: 'expiry.days30',
} as const;

/** A link lifetime's name (one of EXPIRY_CHOICES), for the choices here and in the options page. */
export const expiryLabel = (seconds: number): string =>
  i18n.t(EXPIRY_KEYS[seconds as keyof typeof EXPIRY_KEYS]);

interface Created {
  link: string;
  expiresAt: number;
  copied: boolean;
  withPassphrase: boolean;
}

const failure = (
  reason: 'unreachable' | 'no-server' | 'refused' | 'passphrase-required' | 'one-view-only',
) =>
  ({
    unreachable: i18n.t('share.failedUnreachable'),
    'no-server': i18n.t('share.failedNoServer'),
    refused: i18n.t('share.failedRefused'),
    'passphrase-required': i18n.t('share.failedPassphrase'),
    'one-view-only': i18n.t('share.failedOneView'),
  })[reason];

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
          ? notAllowedText(reply.origin ?? i18n.t('share.theServer'))
          : failure(reply?.reason ?? 'unreachable'),
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
      <h2 id="share-heading">{i18n.t('share.heading')}</h2>
      <p class="lead note">{i18n.t('share.lead')}</p>
      {!hasServer && !offerSetup && (
        <div class="callout" data-testid="no-server">
          <p>{i18n.t('share.needServer')}</p>
          <button type="button" class="small" onClick={chooseServer}>
            {i18n.t('share.chooseServer')}
          </button>
        </div>
      )}
      <form onSubmit={(event) => void create(event)}>
        <label for="share-secret">{i18n.t('share.secret')}</label>
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
            <label for="share-expiry">{i18n.t('share.expiresAfter')}</label>
            <select
              id="share-expiry"
              class="wide"
              value={String(expiresIn)}
              onChange={(e) => setExpiresIn(Number(e.currentTarget.value))}
            >
              {EXPIRY_CHOICES.map((seconds) => (
                <option key={seconds} value={String(seconds)}>
                  {expiryLabel(seconds)}
                </option>
              ))}
            </select>
          </span>
          <span>
            <label for="share-views">{i18n.t('share.views')}</label>
            <input
              id="share-views"
              type="number"
              min={SHARE_VIEWS.min}
              max={SHARE_VIEWS.max}
              value={views}
              onInput={(e) =>
                setViews(inRange(SHARE_VIEWS, e.currentTarget.value, DEFAULT_SETTINGS.share.views))
              }
            />
          </span>
        </div>
        <label for="share-passphrase">
          {defaults.requirePassphrase
            ? i18n.t('share.passphraseRequired')
            : i18n.t('share.passphraseOptional')}
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
          {busy ? i18n.t('share.creating') : i18n.t('share.create')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {error && <p class="error">{error}</p>}
        {offerSetup && (
          <button type="button" onClick={chooseServer}>
            {i18n.t('share.chooseServer')}
          </button>
        )}
        {created && (
          <div class="created" data-testid="created-link">
            <label for="share-link">
              {created.copied ? i18n.t('share.linkCopied') : i18n.t('share.link')}
            </label>
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
                {i18n.t('share.copy')}
              </button>
            </div>
            <p class="note">
              {i18n.t('share.expires', [new Date(created.expiresAt).toLocaleString()])}{' '}
              {created.withPassphrase
                ? i18n.t('share.sendPassphraseApart')
                : i18n.t('share.sendToOne')}
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
