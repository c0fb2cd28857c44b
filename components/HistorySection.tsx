import { useEffect, useState } from 'preact/hooks';
import { decisionsToCsv, decisionsToJson } from '@/lib/history-export';
import type { DecisionRecord } from '@/lib/message-schemas';
import { sendMessage } from '@/lib/messages';
import { saveSettings, type SettingsState } from '@/lib/settings';
import { downloadText } from './download';
import { LockNote } from './LockNote';

const ACTION_LABELS: Record<DecisionRecord['action'], string> = {
  converted: 'Sent as a link',
  'pasted-anyway': 'Pasted anyway',
  'sent-anyway': 'Sent anyway',
  cancelled: 'Cancelled',
};

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
      <h2 id="history-heading">History</h2>
      <p class="lead">What the guard did, kept on this device only: never a secret or a link.</p>
      <div class="row fields">
        <span>
          <label for="history-action">Action</label>
          <select
            id="history-action"
            value={action}
            onChange={(e) => setAction(e.currentTarget.value as typeof action)}
          >
            <option value="">All</option>
            {Object.entries(ACTION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label for="history-site">Site contains</label>
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
          Export CSV
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText('keywarden-history.json', 'application/json', decisionsToJson(shown))
          }
        >
          Export JSON
        </button>
        <button type="button" class="danger" onClick={() => void clear()}>
          Clear history
        </button>
      </div>
      {decisions === undefined ? (
        <p class="note">Loading…</p>
      ) : shown.length === 0 ? (
        <p class="empty">
          {decisions.length > 0 ? (
            <>
              <strong>No decision matches these filters</strong>
              Clear the filters above to see every decision.
            </>
          ) : (
            <>
              <strong>Nothing recorded yet</strong>
              Each time Keywarden warns about a secret, what you chose is listed here.
            </>
          )}
        </p>
      ) : (
        <table aria-label="Guard decisions" data-testid="history-table">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Site</th>
              <th scope="col">Kinds</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, 500).map((d, i) => (
              <tr key={`${d.time}-${i}`}>
                <td>{new Date(d.time).toLocaleString()}</td>
                <td>{d.site}</td>
                <td>{d.ruleIds.join(', ')}</td>
                <td>{ACTION_LABELS[d.action]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <label for="history-retention">Keep history for (days)</label>
      <input
        id="history-retention"
        type="number"
        min={1}
        max={3650}
        value={state.settings.historyRetentionDays}
        disabled={retentionLocked}
        onChange={(e) => {
          const days = Math.min(3650, Math.max(1, Math.round(Number(e.currentTarget.value)) || 90));
          void saveSettings({ historyRetentionDays: days });
        }}
      />
      <LockNote locked={retentionLocked} />
    </section>
  );
}
