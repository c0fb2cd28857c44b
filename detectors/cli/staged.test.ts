import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { BIN, gitRepo, tempDir, tokens } from './testing';

const tmp = tempDir('hook');
afterAll(tmp.remove);

test('the one-line pre-commit hook stops a commit that adds a secret', { timeout: 120_000 }, () => {
  const repo = gitRepo(tmp.dir);
  // The README's hook, with this checkout's CLI in place of `npx --no-install keywarden`.
  const hook = join(tmp.dir, '.git', 'hooks', 'pre-commit');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" scan --staged\n`);
  chmodSync(hook, 0o755);
  const commit = () =>
    spawnSync(
      'git',
      ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x'],
      {
        cwd: tmp.dir,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
  repo.write('ok.txt', 'nothing here\n');
  repo.git(['add', '-A']);
  expect(commit().status).toBe(0);
  repo.write('ok.txt', `nothing here\nGH=${tokens(66)()}\n`);
  repo.git(['add', '-A']);
  const refused = commit();
  expect(refused.status).not.toBe(0);
  expect(refused.stdout + refused.stderr).toContain('ok.txt:2:4 github-personal-access-token');
  // Accepted in place: the same commit goes through.
  repo.write('ok.txt', `nothing here\nGH=${tokens(66)()} # keywarden:allow (revoked)\n`);
  repo.git(['add', '-A']);
  expect(commit().status).toBe(0);
});
