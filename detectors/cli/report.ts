/**
 * The report in each `--format`. Every format carries the redacted preview only, never the
 * secret; text goes to people, json doubles as a `--baseline`, csv opens in a spreadsheet.
 */
import { providerName } from '../providers';
import type { Format } from './args';
import { commitFields, type Reported } from './accept';
import { junit } from './junit';
import { sarif } from './sarif';

/** The json report's row; field names are the stable interface of `--format json`. */
function row(r: Reported) {
  const f = r.finding;
  return {
    file: r.file,
    line: r.line,
    column: r.column,
    ruleId: f.ruleId,
    provider: f.provider,
    providerName: providerName(f.provider),
    title: f.title,
    confidence: f.confidence,
    redacted: f.redacted,
    ...(f.rotateUrl ? { rotateUrl: f.rotateUrl } : {}),
    fingerprint: r.fingerprint,
    ...commitFields(r),
  };
}

function text(found: readonly Reported[]): string {
  return found
    .map((r) => {
      const f = r.finding;
      const where = `${r.file}:${r.line}:${r.column} ${f.ruleId} ${f.title} ${f.redacted}`;
      const who = r.commit
        ? `${r.commit.sha.slice(0, 12)} ${r.commit.author} <${r.commit.email}> ${r.commit.date} `
        : '';
      return `${who}${where} [${r.fingerprint}]\n`;
    })
    .join('');
}

const CSV_COLUMNS = [
  'file',
  'line',
  'column',
  'ruleId',
  'provider',
  'title',
  'confidence',
  'redacted',
  'fingerprint',
  'commit',
  'author',
  'email',
  'date',
] as const;

/**
 * RFC 4180 quoting; a cell that a spreadsheet would run as a formula (a file or author name is
 * anyone's to choose) gets a leading apostrophe, as OWASP's CSV injection advice has it.
 */
export function csvCell(value: string | number | undefined): string {
  let cell = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function csv(found: readonly Reported[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of found) {
    const values: Record<string, string | number | undefined> = row(r);
    lines.push(CSV_COLUMNS.map((c) => csvCell(values[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export interface ReportContext {
  /** The read errors noted on stderr: the run was incomplete. */
  errors: number;
  version: string;
}

export function render(format: Format, found: readonly Reported[], context: ReportContext): string {
  switch (format) {
    case 'json':
      return JSON.stringify(found.map(row), null, 2) + '\n';
    case 'csv':
      return csv(found);
    case 'sarif':
      return JSON.stringify(sarif(found, context), null, 2) + '\n';
    case 'junit':
      return junit(found);
    case 'text':
      return text(found);
  }
}
