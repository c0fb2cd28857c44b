import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { decisionsToCsv, decisionsToJson } from '@/lib/history-export';
import type { DecisionRecord } from '@/lib/message-schemas';
import { sendMessage } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { HISTORY_RETENTION_DAYS, inRange } from '@/lib/settings/limits';
import { saveSettings, type SettingsState } from '@/lib/settings/store';
import { downloadText } from './download';
import { LockNote } from './LockNote';

const ACTION_LABELS = {
  converted: 'history.converted',
  'pasted-anyway': 'history.pastedAnyway',
  'sent-anyway': 'history.sentAnyway',
  cancelled: 'history.cancelled',
} as const satisfies Record<DecisionRecord['action'], string>;

/** The guard's decisions: filters, CSV/JSON export, clear, and the retention period. */
export function HistorySection({ state }: { state: SettingsState }) {
  const [decisions, setDecisions] = useState<DecisionRecord[]>();
  const [action, setAction] = useState<'' | DecisionRecord['action']>('');
  const [site, setSite] = useState('');
  const retentionLocked = state.locked.includes('historyRetentionDays');

  const reload = () =>
    void sendMessage({ type: 'history.list', limit: 5000 }).then(
      (reply) => setDecisions(reply.decisions),
      () => setDecisions([]),
    );
  useEffect(reload, []);

  const shown = (decisions ?? []).filter(
    (d) =>
      (!action || d.action === action) && (!site || d.site.includes(site.trim().toLowerCase())),
  );

  async function clear() {
    await sendMessage({ type: 'history.clear' }).catch(() => undefined);
    reload();
  }

  return (
    <section class="card" aria-labelledby="history-heading" id="history">
      <h2 id="history-heading">{i18n.t('options.history')}</h2>
      <p class="lead">{i18n.t('history.lead')}</p>
      <div class="row fields">
        <span>
          <label for="history-action">{i18n.t('history.action')}</label>
          <select
            id="history-action"
            value={action}
            onChange={(e) => setAction(e.currentTarget.value as typeof action)}
          >
            <option value="">{i18n.t('history.all')}</option>
            {Object.entries(ACTION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {i18n.t(label)}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label for="history-site">{i18n.t('history.siteContains')}</label>
          <input
            id="history-site"
            type="text"
            value={site}
            onInput={(e) => setSite(e.currentTarget.value)}
          />
        </span>
      </div>
      <div class="row" style={{ margin: '12px 0' }}>
        <button
          type="button"
          onClick={() => downloadText('keywarden-history.csv', 'text/csv', decisionsToCsv(shown))}
        >
          {i18n.t('history.exportCsv')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText('keywarden-history.json', 'application/json', decisionsToJson(shown))
          }
        >
          {i18n.t('history.exportJson')}
        </button>
        <button type="button" class="danger" onClick={() => void clear()}>
          {i18n.t('history.clear')}
        </button>
      </div>
      {decisions === undefined ? (
        <p class="note">{i18n.t('history.loading')}</p>
      ) : shown.length === 0 ? (
        <p class="empty">
          {decisions.length > 0 ? (
            <>
              <strong>{i18n.t('history.noMatchTitle')}</strong>
              {i18n.t('history.noMatchBody')}
            </>
          ) : (
            <>
              <strong>{i18n.t('history.emptyTitle')}</strong>
              {i18n.t('history.emptyBody')}
            </>
          )}
        </p>
      ) : (
        <table aria-label={i18n.t('history.table')} data-testid="history-table">
          <thead>
            <tr>
              <th scope="col">{i18n.t('history.time')}</th>
              <th scope="col">{i18n.t('history.site')}</th>
              <th scope="col">{i18n.t('history.kinds')}</th>
              <th scope="col">{i18n.t('history.action')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, 500).map((d, i) => (
              <tr key={`${d.time}-${i}`}>
                <td>{new Date(d.time).toLocaleString()}</td>
                <td>{d.site}</td>
                <td>{d.ruleIds.join(', ')}</td>
                <td>{i18n.t(ACTION_LABELS[d.action])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <label for="history-retention">{i18n.t('history.keepDays')}</label>
      <input
        id="history-retention"
        type="number"
        min={HISTORY_RETENTION_DAYS.min}
        max={HISTORY_RETENTION_DAYS.max}
        value={state.settings.historyRetentionDays}
        disabled={retentionLocked}
        onChange={(e) => {
          const days = inRange(
            HISTORY_RETENTION_DAYS,
            e.currentTarget.value,
            DEFAULT_SETTINGS.historyRetentionDays,
          );
          void saveSettings({ historyRetentionDays: days });
        }}
      />
      <LockNote locked={retentionLocked} />
    </section>
  );
}
