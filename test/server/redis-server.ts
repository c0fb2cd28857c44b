import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

const REDIS_BIN = '/usr/bin/redis-server';

export interface RunningRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Asks the kernel for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/**
 * Starts Debian's redis-server on a free loopback port with persistence off, in a temp dir, with
 * `extraArgs` (`--replicaof 127.0.0.1 <port>` for a replica, say).
 * Fails (never skips) when the binary is missing: the Redis store must be tested.
 */
export async function startRedis(extraArgs: string[] = []): Promise<RunningRedis> {
  if (!existsSync(REDIS_BIN)) {
    throw new Error(`${REDIS_BIN} not found: apt-get install redis-server`);
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kw-redis-'));
  const child = spawn(
    REDIS_BIN,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      // A replica's first sync would otherwise wait out Redis's 5 s diskless-sync delay, most of
      // vitest's 10 s hook timeout on a loaded machine.
      '--repl-diskless-sync-delay',
      '0',
      ...extraArgs,
    ],
    { cwd: dir, stdio: 'ignore' },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `redis://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    const probe = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      return { url, port, stop };
    } catch {
      probe.disconnect();
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await stop();
  throw new Error('redis-server did not start');
}
