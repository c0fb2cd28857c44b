import { useState } from 'preact/hooks';
import { requestServerAccess } from '@/lib/server-access';
import {
  applyPendingSettings,
  discardPendingSettings,
  type PendingChanges,
  type SettingsState,
} from '@/lib/settings';
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

export const ALLOW_SERVER_NOTE = 'Allow Keywarden to reach the new link server under Sharing.';

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
      <h2 id="pending-heading">Synced changes wait for your approval</h2>
      <p>
        These changes came through sync, from another device or another program. They move where
        secrets go or let more through, so they apply here only when you say so. Until then
        Keywarden keeps your current settings.
      </p>
      <SettingsDiff changes={pending.changes} />
      <div class="row">
        <button
          type="button"
          class="primary"
          onClick={() => {
            void accessForChange(state, pending.synced.serverUrl).then(
              (granted) => granted || setNote(ALLOW_SERVER_NOTE),
            );
            void applyPendingSettings(pending.synced);
          }}
        >
          Apply these changes
        </button>
        <button type="button" onClick={() => void discardPendingSettings()}>
          Discard them
        </button>
      </div>
      <p role="status" class="note">
        {note}
      </p>
    </section>
  );
}
