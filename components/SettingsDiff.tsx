import type { SettingChange } from '@/lib/settings-consent';

/** What a change to the settings does, field by field; those that need consent say why. */
export function SettingsDiff({ changes }: { changes: SettingChange[] }) {
  return (
    <ul data-testid="settings-diff">
      {changes.map((change) => (
        <li key={change.field}>
          <strong>{change.label}</strong>
          {change.loosens && (
            <span class="error">
              {change.field === 'serverUrl'
                ? ' (secrets would go to another server)'
                : ' (lets more secrets through)'}
            </span>
          )}
          <ul>
            {change.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
