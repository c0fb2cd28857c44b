import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { diffSettings, type SettingChange } from '@/lib/settings/consent';
import type { Settings } from '@/lib/settings';
import { replaceSettings, type SettingsState } from '@/lib/settings/store';
import { exportSettingsFile, importSettingsFile } from '@/lib/settings/file';
import type { SettingsIssue } from '@/lib/settings/schema';
import { downloadText } from './download';
import { settingsIssueText } from './error-words';
import { accessForChange } from './PendingSection';
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
  const [errors, setErrors] = useState<SettingsIssue[]>([]);
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
    if (changes.length === 0) setDone(i18n.t('importExport.unchanged'));
    else setReview({ settings: result.settings, changes });
  }

  function apply(settings: Settings) {
    const granted = accessForChange(state, settings.serverUrl);
    setReview(undefined);
    const replaced = replaceSettings(settings);
    void replaced.then(() => setDone(i18n.t('importExport.imported')));
    // A prompt nobody answers never settles: the import is reported without waiting for it.
    void Promise.all([replaced, granted]).then(
      ([, ok]) => ok || setDone(i18n.t('importExport.importedAllow')),
    );
  }

  return (
    <section class="card" aria-labelledby="import-heading" id="import-export">
      <h2 id="import-heading">{i18n.t('options.importExport')}</h2>
      <p class="lead">{i18n.t('importExport.lead')}</p>
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
          {i18n.t('importExport.export')}
        </button>
        <label for="import-file" style={{ margin: 0 }}>
          {i18n.t('importExport.import')}
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
            <p class="error">{i18n.t('importExport.notImported')}</p>
            <ul class="error">
              {errors.map((error, i) => (
                <li key={i}>{settingsIssueText(error)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {review && (
        <div role="group" aria-labelledby="import-review-heading" data-testid="import-review">
          <h3 id="import-review-heading">{i18n.t('importExport.reviewHeading')}</h3>
          <SettingsDiff changes={review.changes} />
          <div class="row">
            <button type="button" class="primary" onClick={() => apply(review.settings)}>
              {i18n.t('importExport.apply')}
            </button>
            <button
              type="button"
              onClick={() => {
                setReview(undefined);
                setDone(i18n.t('importExport.nothingImported'));
              }}
            >
              {i18n.t('importExport.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="ok">
        {done}
      </p>
      {state.locked.length > 0 && <p class="locked">{i18n.t('importExport.lockedFields')}</p>}
    </section>
  );
}
