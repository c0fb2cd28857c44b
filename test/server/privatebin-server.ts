import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './redis-server';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'privatebin');

export interface RunningPrivateBin {
  /** `http://127.0.0.1:<port>/`, the instance's base URL. */
  url: string;
  stop(): Promise<void>;
}

export interface PrivateBinOptions {
  /** Lines appended to the instance's `cfg/conf.php` (INI), e.g. a narrower `[expire_options]`. */
  extraConfig?: string;
}

/**
 * Starts the vendored PrivateBin 2.0.6 under Debian's php-cli (`php -S`) on a free loopback port,
 * over a temp copy whose pastes go to a temp data dir. Fails (never skips) without php: the
 * PrivateBin client must be tested against the real server.
 */
export async function startPrivateBin(options: PrivateBinOptions = {}): Promise<RunningPrivateBin> {
  if (spawnSync('php', ['--version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error('php not found: apt-get install php-cli');
  }
  const dir = mkdtempSync(join(tmpdir(), 'kw-privatebin-'));
  const root = join(dir, 'www');
  cpSync(FIXTURE, root, { recursive: true });
  mkdirSync(join(dir, 'data'));
  // The default 10-second limit per address would fail every test after the first paste.
  writeFileSync(
    join(root, 'cfg', 'conf.php'),
    [
      '[main]',
      '[traffic]',
      'limit = 0',
      '[model]',
      'class = Filesystem',
      '[model_options]',
      `dir = "${join(dir, 'data')}"`,
      options.extraConfig ?? '',
    ].join('\n'),
  );
  const port = await freePort();
  const child = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
    cwd: root,
    stdio: 'ignore',
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      const res = await fetch(`${url}?jsonld=types`);
      await res.text();
      if (res.ok) return { url, stop };
    } catch {
      if (child.exitCode !== null) break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await stop();
  throw new Error('PrivateBin (php -S) did not start');
}
