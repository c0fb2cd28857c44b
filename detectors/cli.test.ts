import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { addedLines } from './cli';
import { CHUNK, HALF } from './cli/scan-text';
import { fake } from './fake';
import { crc32, toBase62 } from './validators/checksum';

const BIN = join(import.meta.dirname, '..', 'bin', 'keywarden.js');
const dir = mkdtempSync(join(tmpdir(), 'keywarden-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const f = fake(77);
const body = f.chars(30);
const token = 'gh' + 'p_' + body + toBase62(crc32(body), 6);
const githubToken = () => {
  const b = f.chars(30);
  return 'gh' + 'p_' + b + toBase62(crc32(b), 6);
};

function run(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    cwd: options.cwd,
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
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
      provider: string;
      providerName: string;
      redacted: string;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      file: '<stdin>',
      line: 1,
      column: 7,
      ruleId: 'github-personal-access-token',
      provider: 'github',
      providerName: 'GitHub',
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

  test('the same output whatever --jobs is, on many files with secrets scattered', () => {
    const tree = mkdtempSync(join(dir, 'tree-'));
    let planted = 0;
    for (let i = 0; i < 150; i++) {
      const sub = join(tree, `pkg-${i % 7}`, i % 2 ? 'src' : 'lib');
      mkdirSync(sub, { recursive: true });
      const lines = Array.from({ length: 40 }, (_, l) => `export const v${l} = ${i * l};`);
      for (let k = 0; k < i % 3; k++) {
        lines.splice(f.int(0, lines.length), 0, `const auth = "${githubToken()}";`);
        planted++;
      }
      writeFileSync(join(sub, `file-${i}.ts`), lines.join('\n'));
    }
    writeFileSync(join(tree, 'pkg-1', 'blob.bin'), Buffer.from([1, 0, 2, 3]));
    writeFileSync(join(tree, 'pkg-2', 'huge.txt'), 'y'.repeat(30_000));
    writeFileSync(
      join(tree, 'pkg-3', 'latin1.txt'),
      Buffer.from(`caf\xe9 GH=${token}\n`, 'latin1'),
    );
    planted++;
    mkdirSync(join(tree, 'pkg-4', 'node_modules'));
    writeFileSync(join(tree, 'pkg-4', 'node_modules', 'x.js'), `t=${githubToken()}`);

    for (const extra of [[], ['--json']]) {
      const args = ['scan', '--max-size', '20000', ...extra, tree];
      const one = run([...args, '--jobs', '1']);
      const three = run([...args, '--jobs', '3']);
      expect(one.code).toBe(1);
      expect(three).toEqual(one);
      expect(one.err).toContain('blob.bin: binary');
      expect(one.err).toContain('huge.txt: larger than 20000 bytes');
      // stderr is a pipe here: never a progress line.
      expect(one.err).not.toContain('\r');
      if (extra.length) expect(JSON.parse(one.out)).toHaveLength(planted);
    }
  });

  test('a secret straddling a chunk boundary of stdin is found once, at its line and column', () => {
    const a = githubToken();
    const b = githubToken();
    const line = 'const answer = compute(42, "some words here");\n';
    // Code lines up to offset `to`, the last one padded so that the next line starts there.
    const upTo = (text: string, to: number) => {
      const n = Math.floor((to - text.length - 1) / line.length);
      return text + line.repeat(n) + ' '.repeat(to - text.length - n * line.length - 1) + '\n';
    };
    let input = upTo('', CHUNK - HALF - 20);
    input += `key: ${a}\n`; // across the point where the next chunk takes over
    input = upTo(input, CHUNK - 15);
    input += `gh=${b} and more\n`; // across the end of the first chunk
    input += line.repeat(1000);
    const atA = input.indexOf(a);
    const atB = input.indexOf(b);
    expect([atA, atB]).toEqual([CHUNK - HALF - 15, CHUNK - 12]);
    const r = run(['scan', '--json'], { input });
    expect(r.code).toBe(1);
    const lineOf = (at: number) => input.slice(0, at).split('\n').length;
    expect(
      (JSON.parse(r.out) as { line: number; column: number }[]).map((x) => [x.line, x.column]),
    ).toEqual([
      [lineOf(atA), 6],
      [lineOf(atB), 4],
    ]);
  });

  test('invalid UTF-8 is scanned with replacement characters, also across read boundaries', () => {
    const file = join(dir, 'mixed.txt');
    // One replacement character per bad byte; a 2-byte é split by the 1 MiB read boundary.
    const head = Buffer.from('x'.repeat((1 << 20) - 1) + '\n', 'latin1');
    const rest = Buffer.concat([
      Buffer.from([0xff, 0xfe, 0x20, 0xe2, 0x82]),
      Buffer.from(` é GH=${token}\n`),
    ]);
    const bytes = Buffer.concat([head.subarray(0, head.length - 1), Buffer.from('é'), rest]);
    writeFileSync(file, bytes);
    const text = bytes.toString('utf8');
    const at = text.indexOf(token);
    const column = at - text.lastIndexOf('\n', at);
    const r = run(['scan', '--max-size', '9000000', file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${file}:1:${column} github-personal-access-token`);
  });

  test('symbolic links: passed over by default, loops and dangling links noted when followed', () => {
    const root = mkdtempSync(join(dir, 'links-'));
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a', 'k.env'), `GH=${token}\n`);
    symlinkSync('..', join(root, 'a', 'up'));
    symlinkSync(join(root, 'a', 'k.env'), join(root, 'alias.env'));
    const quiet = run(['scan', root]);
    expect(quiet.code).toBe(1);
    expect(quiet.out.trim().split('\n')).toHaveLength(1);
    expect(quiet.err).toBe('');
    const followed = run(['scan', '--follow-symlinks', root]);
    expect(followed.code).toBe(1);
    expect(followed.out.trim().split('\n')).toHaveLength(2);
    expect(followed.err).toContain('symbolic link loop');
    symlinkSync(join(root, 'gone'), join(root, 'dangling'));
    const dangling = run(['scan', '--follow-symlinks', root]);
    expect(dangling.code).toBe(2);
    expect(dangling.err).toContain('(ENOENT)');
    expect(dangling.err).not.toMatch(/\n\s+at /);
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

    // Sizes come from git before any blob is read: the big one is skipped, the small one scanned.
    writeFileSync(join(repo, 'big.txt'), `${'x'.repeat(3000)}\nGH=${token}\n`);
    git('add', 'big.txt');
    const limited = run(['scan', '--staged', '--max-size', '1000'], { cwd: repo });
    expect(limited.code).toBe(1);
    expect(limited.err).toContain('skipped big.txt: larger than 1000 bytes');
    expect(limited.out).toContain('a.txt:4:4 github-personal-access-token');
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
