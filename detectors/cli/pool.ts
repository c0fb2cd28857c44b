/**
 * Worker threads that run a TypeScript module over batches of work and hand the results back in
 * the order the batches were given, whatever order the workers finish in.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';

interface Request<T> {
  id: number;
  batch: T;
}

type Reply<R> = { id: number; result: R } | { id: number; failed: string };

/**
 * Loader hooks belong to the thread that registers them, so each worker registers tsx itself
 * before it imports the module, as bin/keywarden.js does for the main thread.
 */
function startWorker(module: URL, data: unknown): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(code, { eval: true, workerData: data });
}

export interface PoolOptions<R> {
  /** Module that calls `serveBatches`. */
  module: URL;
  /** Handed to every worker as `workerData`. */
  data?: unknown;
  jobs: number;
  /** Called once per batch, in batch order. */
  onResult: (result: R, index: number) => void;
}

/**
 * Runs every batch on up to `jobs` workers; rejects when a worker fails. Batches are pulled from
 * `source` only as workers can take them, so a stream (git history) is read at the pace it is
 * scanned and never held whole; workers start as the first batches arrive.
 */
export function runBatches<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  options: PoolOptions<R>,
): Promise<void> {
  const iterator: Iterator<T> | AsyncIterator<T> =
    Symbol.asyncIterator in source
      ? source[Symbol.asyncIterator]()
      : (source as Iterable<T>)[Symbol.iterator]();
  // Workers run ahead of a slow batch by this many batches, then wait for it: far enough that a
  // run of slow files (big source maps side by side) rarely idles a core, while the results held
  // for the slow batch (findings only, never file content) stay bounded.
  const ahead = options.jobs * 64;
  const done = new Map<number, R>();
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  let next = 0;
  let delivered = 0;
  let exhausted = false;
  let pulling = false;
  let settled = false;

  return new Promise<void>((resolve, reject) => {
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) {
        void iterator.return?.();
        reject(error);
      } else resolve();
    };
    const start = (): Worker => {
      const worker = startWorker(options.module, options.data);
      workers.push(worker);
      worker.on('message', (reply: Reply<R>) => {
        if ('failed' in reply) return finish(new Error(reply.failed));
        done.set(reply.id, reply.result);
        idle.push(worker);
        try {
          while (done.has(delivered)) {
            const result = done.get(delivered) as R;
            done.delete(delivered);
            options.onResult(result, delivered++);
          }
        } catch (error) {
          return finish(error as Error);
        }
        void pump();
      });
      // A worker can throw anything; a value that is not an Error arrives as a bare object.
      worker.on('error', (error: unknown) =>
        finish(error instanceof Error ? error : new Error('a worker failed')),
      );
      worker.on('exit', () => finish(new Error('a worker stopped before the work was done')));
      return worker;
    };
    // One pull at a time; a worker that turns idle meanwhile is seen by the loop's next check.
    const pump = async () => {
      if (pulling || settled) return;
      pulling = true;
      try {
        while (
          !exhausted &&
          !settled &&
          next - delivered < ahead &&
          (idle.length > 0 || workers.length < options.jobs)
        ) {
          const step = await iterator.next();
          if (step.done) exhausted = true;
          else {
            const request: Request<T> = { id: next++, batch: step.value };
            (idle.pop() ?? start()).postMessage(request);
          }
        }
      } catch (error) {
        return finish(error instanceof Error ? error : new Error('reading the input failed'));
      } finally {
        pulling = false;
      }
      if (exhausted && delivered === next) finish();
    };
    void pump();
  });
}

/** The worker side: answers each batch with `handle(batch, workerData)`. */
export function serveBatches<T, R>(handle: (batch: T, data: unknown) => R | Promise<R>): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatches runs in a worker thread');
  port.on('message', async ({ id, batch }: Request<T>) => {
    let reply: Reply<R>;
    try {
      reply = { id, result: await handle(batch, workerData) };
    } catch (error) {
      // Only the error's name: its message could quote the input.
      reply = { id, failed: `worker error (${(error as Error).name})` };
    }
    port.postMessage(reply);
  });
}
