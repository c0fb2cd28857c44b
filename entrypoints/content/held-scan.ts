import type { Finding } from '@/detectors';
import { finishScan, scanWithin, sliceScanner } from '@/lib/scan-slices';
import type { FindingsFilter } from './findings-filter';

/**
 * Scanning time a paste or send may take inside its own event handler: a text scanned within it
 * is decided at once and a clean paste goes through natively; a longer one is held and the rest
 * scanned in later tasks, so no task nears 50 ms of the guard's own work. A text whose reading
 * alone took longer than this (a browser reads a large clipboard slowly, for any page that reads
 * its paste) gets one slice. docs/benchmarks.md (Guard) has the sizes this gives.
 */
const SYNC_SCAN_BUDGET_MS = 25;

/** A paste's or send's scan: its findings when it ended inside the handler, and the rest. */
export interface HeldScan {
  findings: Finding[] | undefined;
  rest(): Promise<Finding[]>;
}

/** Scans `text`, read from a handler that began `since`, within the handler's budget. */
export type StartScan = (text: string, since: number, keep?: FindingsFilter) => HeldScan;

export function heldScanner(
  scanNow: (text: string) => Finding[],
  wait: (ms: number) => Promise<void>,
): StartScan {
  return (text, since, keep = (all) => all) => {
    const scanner = sliceScanner(text, scanNow);
    const reading = performance.now() - since;
    const done = scanWithin(scanner, reading > SYNC_SCAN_BUDGET_MS ? 0 : SYNC_SCAN_BUDGET_MS);
    return {
      findings: done ? keep(scanner.findings()) : undefined,
      rest: () => finishScan(scanner, () => wait(0)).then(keep),
    };
  };
}

/**
 * Texts the guard scans at idle once it has loaded, so that the first real paste meets compiled
 * code and patterns rather than compiling them: a short one that takes a scan through its paths
 * (code, an encoded URL, a long base64-like run, and findings: a password and a token the generic
 * rules report, made up here), then a few kilobytes of ordinary text. The engine's loops run
 * interpreted at first and are optimized only once they have run long enough; without the long
 * scans that happened inside the first paste of a few kilobytes.
 *
 * The short one is scanned again as a paste arrives. In Chromium a clipboard's text reaches the
 * page as a two-byte string whatever its characters, and V8 compiles a regular expression for
 * one-byte and again for two-byte subjects. Timed in the guard (medians of 10 fresh pages), the
 * scan of a first 10 KB paste with a secret took 1.85 ms warmed on one-byte text only, 1.3 ms so;
 * the rest is compiling the patterns of the rules that text alone triggers. The long text stays
 * one-byte (a field's own value, which a send scans, is one-byte where it can be): scanned
 * two-byte too it made a first clean paste 0.1–0.2 ms slower.
 */
export const warmUpTexts = () => {
  const password = ['Xk9', 'mQ2', 'vL7', 'pR4'].join('#');
  const token = ['q7Rv', 'L2xN', '9bTz', 'K4mW', 'e8Hs'].join('');
  const code = `const page = load("https://example.com/a%20b?q=1");\nvalue = "${'Ab0+'.repeat(12)}"\n`;
  const paths = `${code.repeat(4)}db:\n  password = "${password}"\n  api_token: "${token}"\n`;
  const ordinary = (
    'Notes from Monday: the build on main passed, see docs/setup.md for each step.\n' +
    '  if (items.length > 0) { return render(items, { limit: 20 }); }\n'
  ).repeat(60);
  return [paths, asPasted(paths), ordinary, ordinary];
};

/** `text` as a two-byte string, the form a paste's text takes (see warmUpTexts). */
const asPasted = (text: string) => (text + '\u0100').slice(0, -1);
