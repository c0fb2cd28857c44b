import { pruneDecisions } from '@/lib/history';
import { loadSettings } from '@/lib/settings/store';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes decisions past the retention period. Runs when the background starts and after each
 * new record, which keeps the history bounded without the `alarms` permission.
 */
export async function enforceRetention(now = Date.now()): Promise<number> {
  const { historyRetentionDays } = await loadSettings();
  return pruneDecisions(now - historyRetentionDays * DAY_MS);
}
