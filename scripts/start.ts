/**
 * `npm start`: builds the extension for Chrome and Firefox, starts the one-time-link server on
 * its SQLite file, and says how to load the extension. Ctrl+C stops the server cleanly.
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { startServer } from '../server/main';

const root = resolve(import.meta.dirname, '..');

for (const target of [[], ['-b', 'firefox']]) {
  const build = spawnSync('npx', ['--no-install', 'wxt', 'build', ...target], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) {
    console.error(
      `The ${target.length ? 'Firefox' : 'Chrome'} build failed; see the errors above.`,
    );
    process.exit(1);
  }
}

let server: Awaited<ReturnType<typeof startServer>>;
try {
  server = await startServer();
} catch (error) {
  console.error(`The server did not start: ${(error as Error).message}`);
  process.exit(1);
}

const show = (path: string) => relative(process.cwd(), resolve(root, path)) || '.';
console.log(`
Keywarden is built and its one-time-link server is running at ${server.url}

Load the extension:
  Chrome:  open chrome://extensions, switch on Developer mode, click "Load unpacked"
           and choose the folder ${show('.output/chrome-mv3')}
  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…"
           and choose the file ${show('.output/firefox-mv2/manifest.json')}

On the welcome page that opens, choose "A Keywarden server" and enter ${server.url}

Press Ctrl+C to stop the server.`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  console.log('Server stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
