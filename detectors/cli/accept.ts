/**
 * Which findings are reported: fingerprints, the `.keywardenignore` list and a `--baseline`
 * report. Inline `keywarden:allow` is honoured where lines are read (scan-text.ts).
 *
 * A fingerprint is `file:rule:hash-of-the-line` (gitleaks uses the line number, which a line
 * added above changes; the hash follows the line wherever it moves, and editing it, rotating the
 * key, makes a new finding). In history it is `commit:file:rule:hash`, as gitleaks prefixes the
 * commit: a baseline then holds each commit's occurrence, so a secret deleted and added again
 * later is new. In `.keywardenignore` a `file:rule:hash` line also covers the same line in every
 * commit (as gitleaks does for an entry without its SHA, gitleaks/gitleaks#1156), so one entry
 * accepts a test fixture in the tree and in its history.
 */
import { readFileSync } from 'node:fs';
import type { Located } from './scan-text';

/** A finding with its path from the root (`/` separators) and fingerprint. */
export interface Reported extends Located {
  path: string;
  fingerprint: string;
}

/** A history finding's commit, as the json and SARIF reports spell it; nothing for a file. */
export function commitFields(r: Located) {
  if (!r.commit) return {};
  const { sha, author, email, date } = r.commit;
  return { commit: sha, author, email, date };
}

export function fingerprintOf(located: Located, path: string): string {
  const tail = `${path}:${located.finding.ruleId}:${located.lineHash}`;
  return located.commit ? `${located.commit.sha}:${tail}` : tail;
}

/** Bounds on what is read from files the user points at. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;

export class InputError extends Error {}

function readBounded(file: string, what: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${what} ${file}${code ? ` (${code})` : ''}`);
  }
  if (text.length > MAX_LIST_BYTES) throw new InputError(`${what} ${file} is over 16 MB`);
  return text;
}

/** Fingerprints in a `.keywardenignore`: one a line, `#` comments and blank lines skipped. */
export function readIgnoreFile(file: string): Set<string> {
  const set = new Set<string>();
  for (const raw of readBounded(file, 'ignore file').split('\n')) {
    const line = raw.trim();
    if (line && !line.startsWith('#')) set.add(line);
  }
  return set;
}

/** Fingerprints of a previous `--format json` report. */
export function readBaseline(file: string): Set<string> {
  let rows: unknown;
  try {
    rows = JSON.parse(readBounded(file, 'baseline'));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`baseline ${file} is not JSON (expected a --format json report)`);
  }
  const fingerprints = Array.isArray(rows)
    ? rows.map((row) => (row as { fingerprint?: unknown } | null)?.fingerprint)
    : [];
  if (!Array.isArray(rows) || fingerprints.some((f) => typeof f !== 'string'))
    throw new InputError(
      `baseline ${file} is not a --format json report (a list of findings with fingerprints)`,
    );
  return new Set(fingerprints as string[]);
}

/** Drops what the ignore list or the baseline already holds. */
export function accepted(
  found: readonly Reported[],
  ignore: ReadonlySet<string>,
  baseline?: ReadonlySet<string>,
): Reported[] {
  return found.filter((r) => {
    if (ignore.has(r.fingerprint) || baseline?.has(r.fingerprint)) return false;
    // A history finding's fingerprint without its commit: an entry for the line itself.
    return !(r.commit && ignore.has(r.fingerprint.slice(r.commit.sha.length + 1)));
  });
}
