/** For the CLI's tests: run `bin/keywarden.js`, make throwaway git repositories, make tokens. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fake } from '../fake';
import { crc32, toBase62 } from '../validators/checksum';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'keywarden.js');

export function run(
  args: string[],
  options: { input?: string; cwd?: string; env?: Record<string, string> } = {},
) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** GitHub tokens with a valid checksum, assembled at run time. */
export function tokens(seed: number): () => string {
  const f = fake(seed);
  return () => {
    const body = f.chars(30);
    return 'gh' + 'p_' + body + toBase62(crc32(body), 6);
  };
}

export function tempDir(name: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `keywarden-${name}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A repository in `dir` with commits by named authors. */
export function gitRepo(dir: string) {
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
  git(['init', '-q', '-b', 'main']);
  return {
    dir,
    git,
    write: (file: string, text: string) => writeFileSync(join(dir, file), text),
    /** Commits everything as `author`; returns the commit's hash. */
    commit(
      message: string,
      author = 'Ada Lovelace',
      email = 'ada@example.com',
      date = '2024-01-02T03:04:05Z',
    ) {
      git(['add', '-A']);
      const env = {
        GIT_AUTHOR_NAME: author,
        GIT_AUTHOR_EMAIL: email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: author,
        GIT_COMMITTER_EMAIL: email,
        GIT_COMMITTER_DATE: date,
      };
      git(['commit', '-q', '--allow-empty', '-m', message], env);
      return git(['rev-parse', 'HEAD']).trim();
    },
  };
}
