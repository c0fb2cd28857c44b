import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { requestServerAccess } from '@/lib/server-access';
import {
  applyPendingSettings,
  discardPendingSettings,
  type PendingChanges,
  type SettingsState,
} from '@/lib/settings/store';
import { SettingsDiff } from './SettingsDiff';

/**
 * Asks for the server's origin when a change the user applies moves the link server. The prompt
 * needs the click's user gesture, so call this before anything is awaited. The change applies
 * whether or not the origin is granted; sharing then names what is missing.
 */
export function accessForChange(from: SettingsState, serverUrl: string): Promise<boolean> {
  // No server ("not now") needs no origin.
  return serverUrl === from.stored.serverUrl || serverUrl === ''
    ? Promise.resolve(true)
    : requestServerAccess(serverUrl);
}

/** Synced changes that wait for the user's yes on this device: what they do, Apply, Discard. */
export function PendingSection({
  state,
  pending,
}: {
  state: SettingsState;
  pending: PendingChanges;
}) {
  const [note, setNote] = useState('');
  return (
    <section
      class="card attention"
      aria-labelledby="pending-heading"
      id="pending"
      data-testid="pending"
    >
      <h2 id="pending-heading">{i18n.t('pending.heading')}</h2>
      <p>{i18n.t('pending.body')}</p>
      <SettingsDiff changes={pending.changes} />
      <div class="row">
        <button
          type="button"
          class="primary"
          onClick={() => {
            void accessForChange(state, pending.synced.serverUrl).then(
              (granted) => granted || setNote(i18n.t('pending.allowServer')),
            );
            void applyPendingSettings(pending.synced);
          }}
        >
          {i18n.t('pending.apply')}
        </button>
        <button type="button" onClick={() => void discardPendingSettings()}>
          {i18n.t('pending.discard')}
        </button>
      </div>
      <p role="status" class="note">
        {note}
      </p>
    </section>
  );
}
