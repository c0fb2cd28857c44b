import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain CommonJS so the thread needs no TypeScript loader. It opens its own connection and copies
// the WAL back into the database file on a timer; the fsync that ends each checkpoint happens on
// this thread, not on the event loop that serves requests.
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const checkpoint = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    // Under steady writes a passive checkpoint never quite catches up, and SQLite only rewinds
    // the WAL once one has: a RESTART takes the write lock for the few frames left, then rewinds.
    if (result && result.log > workerData.restartFrames) db.pragma('wal_checkpoint(RESTART)');
  } catch {
    // Another process's checkpoint holds the lock; the next tick catches up.
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/** Stops the checkpoint thread after a last checkpoint. */
export type StopCheckpointer = () => Promise<void>;

/**
 * Runs `PRAGMA wal_checkpoint(PASSIVE)` on `file` every `intervalMs` from a worker thread, and a
 * RESTART checkpoint whenever the WAL has grown past `restartFrames` pages, so that it stays
 * bounded under continuous writes. The serving connection turns automatic checkpoints off: run
 * inline, each one wrote ~1,000 pages and fsynced the file in the middle of a request, which was
 * most of a create's cost and its p99.
 */
export function startCheckpointer(
  file: string,
  intervalMs: number,
  restartFrames: number,
): StopCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(SOURCE, {
    eval: true,
    workerData: { driver, file, intervalMs, restartFrames },
  });
  // The thread must never keep the process alive on its own, nor take it down.
  worker.unref();
  worker.on('error', (error) =>
    console.error(JSON.stringify({ level: 'error', checkpointer: error.name })),
  );
  let stopped: Promise<void> | undefined;
  return () => {
    stopped ??= new Promise<void>((done) => {
      worker.once('exit', () => done());
      worker.postMessage('stop');
    });
    return stopped;
  };
}
