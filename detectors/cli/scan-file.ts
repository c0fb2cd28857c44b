/**
 * One file from disk to findings, with the guarantees the CLI gives for bad input: binary and
 * oversized files skipped with a note, invalid UTF-8 decoded with replacement characters, large
 * files and pipes read in pieces so memory stays bounded, read errors noted instead of thrown.
 * Runs the same in the main thread and in a worker.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { Confidence } from '../index';
import { TextScanner, type Located, type TextScanOptions } from './scan-text';

export interface FileOptions {
  minConfidence: Confidence;
  scan?: TextScanOptions['scan'];
  /** Regular files larger than this are skipped. */
  maxSize: number;
}

export interface FileReport {
  found: Located[];
  /** For stderr, in order; never any file content. */
  notes: string[];
  /** A read failed: the CLI exits 2. */
  error: boolean;
  bytes: number;
}

/** Bytes read at a time. */
export const PIECE = 1 << 20;
/** A NUL in the first this many bytes marks a binary file, as git and grep decide. */
export const SNIFF = 8000;

export function readError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return `cannot read ${path}${code ? ` (${code})` : ''}`;
}

/**
 * Bytes to findings: decoding across piece boundaries keeps a multi-byte character split between
 * two reads whole, and decodes invalid sequences exactly as `Buffer#toString` does.
 */
export class ByteScanner {
  private readonly decoder = new StringDecoder('utf8');
  private readonly text: TextScanner;
  bytes = 0;

  constructor(file: string, options: TextScanOptions) {
    this.text = new TextScanner(file, options);
  }

  push(bytes: Uint8Array): void {
    this.bytes += bytes.length;
    // Buffer.from on a view shares memory; StringDecoder wants a Buffer.
    this.text.push(this.decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)));
  }

  /** Findings so far, for progress. */
  get findings(): number {
    return this.text.found.length;
  }

  end(): Located[] {
    this.text.push(this.decoder.end());
    return this.text.end();
  }
}

/** Scans `file`; never throws. */
export function scanFile(file: string, options: FileOptions): FileReport {
  const report: FileReport = { found: [], notes: [], error: false, bytes: 0 };
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    // Pipes and devices named on the command line have no size: they are read like stdin.
    if (stat.isFile() && stat.size > options.maxSize) {
      report.notes.push(`skipped ${file}: larger than ${options.maxSize} bytes`);
      return report;
    }
    const scanner = new ByteScanner(file, options);
    const buffer = Buffer.allocUnsafe(stat.isFile() ? Math.min(PIECE, stat.size + 1) : PIECE);
    let sniffed = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      const piece = buffer.subarray(0, n);
      if (sniffed < SNIFF) {
        if (piece.subarray(0, SNIFF - sniffed).includes(0)) {
          report.notes.push(`skipped ${file}: binary`);
          return report;
        }
        sniffed += n;
      }
      scanner.push(piece);
    }
    report.found = scanner.end();
    report.bytes = scanner.bytes;
  } catch (error) {
    report.notes.push(readError(file, error));
    report.error = true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return report;
}
