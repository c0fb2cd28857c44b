/** The project's own one-time-link server, started for the tests on a free loopback port. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/main';

export interface LinkServer {
  url: string;
  close(): Promise<void>;
}

export async function startLinkServer(): Promise<LinkServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'keywarden-e2e-'));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    accessLog: false,
    rateLimitPerMinute: 0,
  });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
