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
 * Ordinary text that takes a scan through its paths (code, an encoded URL, a long base64-like
 * run), so that the first real paste meets compiled code and patterns rather than compiling them.
 */
export const warmUpText = () =>
  `const page = load("https://example.com/a%20b?q=1");\nvalue = "${'Ab0+'.repeat(12)}"\n`.repeat(4);
