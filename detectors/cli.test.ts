import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { addedLines } from './cli';
import { fake } from './fake';
import { crc32, toBase62 } from './validators/checksum';

const BIN = join(import.meta.dirname, '..', 'bin', 'keywarden.js');
const dir = mkdtempSync(join(tmpdir(), 'keywarden-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const f = fake(77);
const body = f.chars(30);
const token = 'gh' + 'p_' + body + toBase62(crc32(body), 6);

function run(args: string[], options: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    cwd: options.cwd,
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Each test starts the CLI (and tsx) once or twice: seconds on a loaded machine, so the test
// timeout matches the spawn timeout rather than vitest's 5 s default.
describe('keywarden CLI', { timeout: 60_000 }, () => {
  test('reports file:line:col, exits 1, never prints the secret', () => {
    const file = join(dir, 'config.env');
    writeFileSync(file, `# settings\nexport GH_TOKEN=${token}\n`);
    const r = run(['scan', file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${file}:2:17 github-personal-access-token`);
    expect(r.out).not.toContain(token);
    expect(r.out).toContain('…' + token.slice(-4));
  });

  test('--json and stdin', () => {
    const r = run(['scan', '--json'], { input: `token ${token}\n` });
    expect(r.code).toBe(1);
    const rows = JSON.parse(r.out) as {
      file: string;
      line: number;
      column: number;
      ruleId: string;
      redacted: string;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      file: '<stdin>',
      line: 1,
      column: 7,
      ruleId: 'github-personal-access-token',
    });
    expect(r.out).not.toContain(token);
  });

  test('clean input exits 0', () => {
    expect(run(['scan'], { input: 'nothing to see here\n' }).code).toBe(0);
  });

  test('usage and read errors exit 2 without a stack trace', () => {
    const usage = run(['frobnicate']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('usage:');
    const missing = run(['scan', join(dir, 'missing.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read');
    expect(missing.err).not.toMatch(/\n\s+at /);
  });

  test('binary and oversized files are skipped with a note', () => {
    const bin = join(dir, 'blob.bin');
    writeFileSync(bin, Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(token)]));
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(2000) + token);
    const r = run(['scan', '--max-size', '1000', bin, big]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('skipped');
    expect(r.err).toContain('binary');
    expect(r.err).toContain('larger than');
  });

  test('--staged scans only added lines, numbered in the new file', () => {
    const repo = mkdtempSync(join(dir, 'repo-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.net', '-c', 'user.name=t', ...args], {
        cwd: repo,
      });
    git('init', '-q');
    writeFileSync(join(repo, 'a.txt'), 'one\ntwo\n');
    git('add', 'a.txt');
    git('commit', '-qm', 'init');
    writeFileSync(join(repo, 'a.txt'), `one\ntwo\nthree\nGH=${token}\n`);
    git('add', 'a.txt');
    const r = run(['scan', '--staged'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.out).toContain('a.txt:4:4 github-personal-access-token');
    expect(r.out).not.toContain(token);
  });
});

test('addedLines follows hunk headers', () => {
  const diff = [
    'diff --git a/x b/x',
    '--- a/x',
    '+++ b/x',
    '@@ -1,0 +2,2 @@',
    '+a',
    '+b',
    '@@ -9 +11 @@',
    '-old',
    '+new',
  ].join('\n');
  expect([...(addedLines(diff).get('x') ?? [])]).toEqual([2, 3, 11]);
});
