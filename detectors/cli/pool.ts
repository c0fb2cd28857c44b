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

/** Runs every batch on up to `jobs` workers; rejects when a worker fails. */
export function runBatches<T, R>(batches: readonly T[], options: PoolOptions<R>): Promise<void> {
  const count = Math.min(options.jobs, batches.length);
  // Workers run ahead of a slow batch by this many batches, then wait for it: far enough that a
  // run of slow files (big source maps side by side) rarely idles a core, while the results held
  // for the slow batch (findings only, never file content) stay bounded.
  const ahead = count * 64;
  const done = new Map<number, R>();
  const workers: Worker[] = [];
  let next = 0;
  let delivered = 0;
  let settled = false;

  return new Promise<void>((resolve, reject) => {
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const idle: Worker[] = [];
    const dispatch = () => {
      while (idle.length && next < batches.length && next - delivered < ahead) {
        const request: Request<T> = { id: next, batch: batches[next] as T };
        next++;
        (idle.pop() as Worker).postMessage(request);
      }
    };
    if (batches.length === 0) return finish();
    for (let i = 0; i < count; i++) {
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
        if (delivered === batches.length) return finish();
        dispatch();
      });
      // A worker can throw anything; a value that is not an Error arrives as a bare object.
      worker.on('error', (error: unknown) =>
        finish(error instanceof Error ? error : new Error('a worker failed')),
      );
      worker.on('exit', () => finish(new Error('a worker stopped before the work was done')));
      idle.push(worker);
    }
    dispatch();
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
