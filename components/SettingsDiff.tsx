import { i18n } from '#i18n';
import type { SettingChange } from '@/lib/settings/consent';
import { changeLabel, changeLine } from './change-words';

/** What a change to the settings does, field by field; those that need consent say why. */
export function SettingsDiff({ changes }: { changes: SettingChange[] }) {
  return (
    <ul data-testid="settings-diff">
      {changes.map((change) => (
        <li key={change.field}>
          <strong>{changeLabel(change.field)}</strong>
          {change.loosens && (
            <span class="error">
              {' '}
              {change.field === 'serverUrl'
                ? i18n.t('pending.otherServer')
                : i18n.t('pending.loosens')}
            </span>
          )}
          <ul>
            {change.lines.map((line, i) => (
              <li key={i}>{changeLine(line)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
