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
 * (code, an encoded URL, a long base64-like run, and a finding: a password the generic rule
 * reports, made up here, which takes a third off the first warning's scan), then a few kilobytes
 * of ordinary text twice. The engine's loops run interpreted at first and are optimized only once
 * they have run long enough; without the long scans that happened inside the first paste of a few
 * kilobytes.
 */
export const warmUpTexts = () => {
  const password = ['Xk9', 'mQ2', 'vL7', 'pR4'].join('#');
  const code = `const page = load("https://example.com/a%20b?q=1");\nvalue = "${'Ab0+'.repeat(12)}"\n`;
  const paths = `${code.repeat(4)}db:\n  password = "${password}"\n`;
  const ordinary =
    'Notes from Monday: the build on main passed, see docs/setup.md for each step.\n' +
    '  if (items.length > 0) { return render(items, { limit: 20 }); }\n';
  return [paths, ordinary.repeat(60), ordinary.repeat(60)];
};
