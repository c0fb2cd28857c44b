import { afterAll, describe, expect, test } from 'vitest';
import { globMatcher } from './glob';
import { parsePatch, PatchParser, unquotePath, type HistoryBatch } from './patch';
import { gitRepo, run, tempDir, tokens } from './testing';

const token = tokens(18);
const tmp = tempDir('history');
afterAll(tmp.remove);

interface Row {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  fingerprint: string;
  commit: string;
  author: string;
  email: string;
  date: string;
}

// One repository for the history tests: a secret added, moved by a rename with an edit, deleted
// and added again, and one in a skipped binary file.
const repo = gitRepo(tmp.dir);
const a = token();
const b = token();
repo.write('a.txt', 'first\n');
const c1 = repo.commit('init');
repo.write('a.txt', `first\nGH=${a}\n`);
const c2 = repo.commit('add a key', 'Bob Builder', 'bob@example.com', '2024-02-03T04:05:06Z');
repo.git(['mv', 'a.txt', 'b.txt']);
repo.write('b.txt', `first\nGH=${a}\nother: ${b}\n`);
const c3 = repo.commit('rename and add');
repo.write('b.txt', 'first\n');
repo.commit('remove the keys');
repo.write('b.txt', `first\n\n\nGH=${a}\n`);
repo.write('blob.bin', Buffer.from([0, 1, 2]).toString('latin1') + a);
const c5 = repo.commit('put one back', 'Eve', 'eve@example.com', '2024-05-06T07:08:09Z');

function history(args: string[] = [], env?: Record<string, string>): Row[] {
  const r = run(['scan', '--git', ...args, '--format', 'json'], { cwd: repo.dir, env });
  expect(r.code, r.err).toBe(1);
  expect(r.out).not.toContain(a);
  return JSON.parse(r.out) as Row[];
}

describe('keywarden scan --git', { timeout: 120_000 }, () => {
  test('every added secret with commit, author, date, file and line; renames; re-added', () => {
    const rows = history();
    const seen = rows.map((r) => [r.commit, r.file, r.line, r.column, r.author, r.email, r.date]);
    // git log lists the newest commit first.
    expect(seen).toEqual([
      [c5, 'b.txt', 4, 4, 'Eve', 'eve@example.com', '2024-05-06T07:08:09+00:00'],
      [c3, 'b.txt', 3, 8, 'Ada Lovelace', 'ada@example.com', '2024-01-02T03:04:05+00:00'],
      [c2, 'a.txt', 2, 4, 'Bob Builder', 'bob@example.com', '2024-02-03T04:05:06+00:00'],
    ]);
    expect(rows.every((r) => r.ruleId === 'github-personal-access-token')).toBe(true);
    // The same line in two commits: the same fingerprint but for the commit.
    const tail = (r: Row) => r.fingerprint.slice(r.commit.length + 1);
    expect(rows[0]?.fingerprint.startsWith(`${c5}:b.txt:github-personal-access-token:`)).toBe(true);
    expect(
      tail(rows[0] as Row)
        .split(':')
        .pop(),
    ).toBe(
      tail(rows[2] as Row)
        .split(':')
        .pop(),
    );
  });

  test('a range, and the same findings on the worker pool', () => {
    expect(history([`${c3}..HEAD`]).map((r) => r.commit)).toEqual([c5]);
    expect(history([`${c1}..${c3}`]).map((r) => r.commit)).toEqual([c3, c2]);
    const inline = history(['--jobs', '1']);
    expect(history(['--jobs', '2'], { KEYWARDEN_INLINE_BYTES: '1' })).toEqual(inline);
  });

  test('not a repository, a bad range: exit 2 with one line', () => {
    const outside = tempDir('not-a-repo');
    const r = run(['scan', '--git'], {
      cwd: outside.dir,
      env: { GIT_CEILING_DIRECTORIES: outside.dir },
    });
    outside.remove();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^keywarden: not a git repository: .*\n$/);
    for (const range of ['nope..HEAD', 'HEAD~99', `${c1}...nothere`]) {
      const bad = run(['scan', '--git', range], { cwd: repo.dir });
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(
        new RegExp(
          `^keywarden: bad revision range "${range.replace(/[.^~]/g, '\\$&')}": [^\n]+\n$`,
        ),
      );
      expect(bad.out).toBe('');
    }
    // A range never reaches git as an option.
    const option = run(['scan', '--git', '--output=/dev/null'], { cwd: repo.dir });
    expect(option.code).toBe(2);
  });
});

async function parse(
  log: string,
  maxSize = 1000,
): Promise<{ batches: HistoryBatch[]; notes: string[] }> {
  const notes: string[] = [];
  const parser = new PatchParser({
    maxSize,
    note: (m) => notes.push(m),
    skip: globMatcher(['vendor/**']),
  });
  const batches: HistoryBatch[] = [];
  async function* pieces() {
    // Split anywhere, also inside lines.
    for (let i = 0; i < log.length; i += 7) yield log.slice(i, i + 7);
  }
  for await (const batch of parsePatch(pieces(), parser, maxSize + 1)) batches.push(batch);
  return { batches, notes };
}

test('the patch parser counts hunk lines, unquotes paths, skips binaries and oversized additions', async () => {
  const header = (sha: string) => `\0${sha}\0Ann\0ann@example.com\0${'2024-01-01T00:00:00Z'}`;
  const log = [
    header('1'.repeat(40)),
    '',
    'diff --git "a/caf\\303\\251 \\"q\\".txt" "b/caf\\303\\251 \\"q\\".txt"',
    'new file mode 100644',
    '--- /dev/null',
    '+++ "b/caf\\303\\251 \\"q\\".txt"',
    '@@ -0,0 +1,3 @@',
    '+++ looks like a header',
    '+diff --git a/x b/x',
    '+@@ -1 +1 @@',
    '\\ No newline at end of file',
    'diff --git a/img.png b/img.png',
    'Binary files /dev/null and b/img.png differ',
    'diff --git a/vendor/lib.js b/vendor/lib.js',
    '--- /dev/null',
    '+++ b/vendor/lib.js',
    '@@ -0,0 +1 @@',
    '+skipped by the glob',
    header('2'.repeat(40)),
    '',
    'diff --git a/x.txt b/x.txt',
    '--- a/x.txt',
    '+++ b/x.txt',
    '@@ -3 +3,2 @@',
    '-old',
    '+new 3',
    '+new 4',
    '@@ -10,2 +11 @@',
    '-gone',
    '-gone too',
    '+new 11',
    'diff --git a/big.txt b/big.txt',
    '--- a/big.txt',
    '+++ b/big.txt',
    '@@ -1 +1 @@',
    '-x',
    `+${'y'.repeat(5000)}`,
    '',
  ].join('\n');
  const { batches, notes } = await parse(log);
  const units = batches.flatMap((b) =>
    b.units.map((u) => ({ ...u, commit: b.commits[u.commit]?.sha[0] })),
  );
  expect(units).toEqual([
    {
      commit: '1',
      file: 'café "q".txt',
      lines: [1, 2, 3],
      text: '++ looks like a header\ndiff --git a/x b/x\n@@ -1 +1 @@',
    },
    { commit: '2', file: 'x.txt', lines: [3, 4, 11], text: 'new 3\nnew 4\nnew 11' },
  ]);
  expect(notes).toEqual([`skipped ${'2'.repeat(12)} big.txt: more than 1000 bytes added`]);
  expect(unquotePath('"b/tab\\there"')).toBe('b/tab\there');
});
