import cluster, { type Worker } from 'node:cluster';
import type { ServerConfig } from './config';

/** What a worker tells the primary once it listens. */
interface ListeningMessage {
  keywarden: 'listening';
  url: string;
}

function isListening(message: unknown): message is ListeningMessage {
  return (message as ListeningMessage | null)?.keywarden === 'listening';
}

/**
 * The rate limit one of `workers` processes enforces. Connections are spread over the workers, so
 * each holds 1/workers of the budget: together they never allow a client more than the configured
 * limit (a client whose requests all reach one worker gets 1/workers of it).
 */
export function workerRateLimit(
  config: Pick<ServerConfig, 'rateLimitPerMinute' | 'rateLimitBurst'>,
  workers: number,
): { rateLimitPerMinute: number; rateLimitBurst: number } {
  if (config.rateLimitPerMinute === 0 || workers <= 1) return config;
  return {
    rateLimitPerMinute: Math.max(1, Math.floor(config.rateLimitPerMinute / workers)),
    rateLimitBurst: Math.max(1, Math.floor(config.rateLimitBurst / workers)),
  };
}

/** Tells the primary this worker listens on `url`. */
export function announceListening(url: string): void {
  const message: ListeningMessage = { keywarden: 'listening', url };
  process.send?.(message);
}

/**
 * Primary process: forks `config.workers` copies of this entry point, which share one listening
 * port; resolves with the URL once all of them listen. A worker that dies later is replaced. A
 * worker that fails before listening (port taken, store unreachable) stops everything with exit 1:
 * its own message, naming the setting, is already on stderr.
 */
export function runPrimary(
  config: ServerConfig,
  onReady: (url: string) => void,
  onSignal: (signal: string) => void,
): void {
  const workers = new Set<Worker>();
  let ready = 0;
  let started = false;
  let stopping = false;
  let exitCode = 0;

  const fork = () => {
    const worker = cluster.fork();
    workers.add(worker);
    let listening = false;
    worker.on('message', (message: unknown) => {
      if (!isListening(message) || listening) return;
      listening = true;
      if (!started && ++ready === config.workers) {
        started = true;
        onReady(message.url);
      }
    });
    worker.on('exit', (code, signal) => {
      workers.delete(worker);
      if (stopping) {
        if (workers.size === 0) process.exit(exitCode);
        return;
      }
      if (!started) {
        stop(1);
        return;
      }
      console.error(
        JSON.stringify({ level: 'error', worker: 'exited', code, signal: signal ?? null }),
      );
      fork();
    });
  };

  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    if (workers.size === 0) process.exit(exitCode);
    for (const worker of workers) worker.process.kill('SIGTERM');
  };

  for (let i = 0; i < config.workers; i++) fork();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      onSignal(signal);
      stop(0);
    });
  }
}
