import { useState } from 'preact/hooks';
import { replaceSettings, type SettingsState } from '@/lib/settings';
import { exportSettingsFile, importSettingsFile } from '@/lib/settings-file';
import { downloadText } from './download';

/** All settings as one JSON file; an import is validated and every problem names its field. */
export function ImportExportSection({ state }: { state: SettingsState }) {
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState('');

  async function importFile(file: File | undefined) {
    setDone('');
    if (!file) return;
    const result = importSettingsFile(await file.text());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    await replaceSettings(result.settings);
    setDone('Settings imported.');
  }

  return (
    <section aria-labelledby="import-heading" id="import-export">
      <h2 id="import-heading">Import and export</h2>
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
          onChange={(e) => void importFile(e.currentTarget.files?.[0])}
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
