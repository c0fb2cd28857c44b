import type { DecisionRecord } from './message-schemas';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** How many times the guard stepped in during the last seven days. */
export function countThisWeek(decisions: readonly DecisionRecord[], now: number): number {
  return decisions.filter((d) => d.time > now - WEEK_MS).length;
}

// Spreadsheets run cells that start with = + - @ as formulas; a site name must not.
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function decisionsToCsv(decisions: readonly DecisionRecord[]): string {
  const rows = [['time', 'site', 'kinds', 'action', 'trigger']];
  for (const d of decisions) {
    rows.push([new Date(d.time).toISOString(), d.site, d.ruleIds.join(' '), d.action, d.trigger]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function decisionsToJson(decisions: readonly DecisionRecord[]): string {
  return JSON.stringify(
    decisions.map((d) => ({ ...d, time: new Date(d.time).toISOString() })),
    null,
    2,
  );
}
