/** Worker thread of `keywarden scan --git`: scans each batch of added lines. */
import { scanBatch, type UnitScanOptions } from './history';
import type { HistoryBatch } from './patch';
import { serveBatches } from './pool';

serveBatches<HistoryBatch, ReturnType<typeof scanBatch>>((batch, options) =>
  scanBatch(batch, options as UnitScanOptions),
);
