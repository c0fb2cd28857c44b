import { useState } from 'preact/hooks';
import { diffSettings, type SettingChange } from '@/lib/settings-consent';
import { replaceSettings, type Settings, type SettingsState } from '@/lib/settings';
import { exportSettingsFile, importSettingsFile } from '@/lib/settings-file';
import { downloadText } from './download';
import { accessForChange, ALLOW_SERVER_NOTE } from './PendingSection';
import { SettingsDiff } from './SettingsDiff';

interface Review {
  settings: Settings;
  changes: SettingChange[];
}

/**
 * All settings as one JSON file. An import is validated (every problem names its field), then
 * shows what it would change and applies only when the user says so.
 */
export function ImportExportSection({ state }: { state: SettingsState }) {
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const [review, setReview] = useState<Review>();

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Choosing the same file again must read it again.
    input.value = '';
    setDone('');
    setReview(undefined);
    if (!file) return;
    const result = importSettingsFile(await file.text());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    const changes = diffSettings(state.stored, result.settings);
    if (changes.length === 0) setDone('The file holds the settings you have; nothing changed.');
    else setReview({ settings: result.settings, changes });
  }

  function apply(settings: Settings) {
    const granted = accessForChange(state, settings.serverUrl);
    setReview(undefined);
    const replaced = replaceSettings(settings);
    void replaced.then(() => setDone('Settings imported.'));
    // A prompt nobody answers never settles: the import is reported without waiting for it.
    void Promise.all([replaced, granted]).then(
      ([, ok]) => ok || setDone(`Settings imported. ${ALLOW_SERVER_NOTE}`),
    );
  }

  return (
    <section class="card" aria-labelledby="import-heading" id="import-export">
      <h2 id="import-heading">Import and export</h2>
      <p class="lead">All your settings as one file, to keep or to move to another browser.</p>
      <div class="row">
        <button
          type="button"
          onClick={() =>
            downloadText(
              'keywarden-settings.json',
              'application/json',
              exportSettingsFile(state.stored),
            )
          }
        >
          Export settings
        </button>
        <label for="import-file" style={{ margin: 0 }}>
          Import settings
        </label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
      <div role="alert" data-testid="import-errors">
        {errors.length > 0 && (
          <>
            <p class="error">The file was not imported:</p>
            <ul class="error">
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {review && (
        <div role="group" aria-labelledby="import-review-heading" data-testid="import-review">
          <h3 id="import-review-heading">Importing this file changes:</h3>
          <SettingsDiff changes={review.changes} />
          <div class="row">
            <button type="button" class="primary" onClick={() => apply(review.settings)}>
              Apply these settings
            </button>
            <button
              type="button"
              onClick={() => {
                setReview(undefined);
                setDone('Nothing was imported.');
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <p role="status" class="ok">
        {done}
      </p>
      {state.locked.length > 0 && (
        <p class="locked">
          Fields locked by your administrator keep their managed values after an import.
        </p>
      )}
    </section>
  );
}
