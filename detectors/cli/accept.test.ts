import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { gitRepo, run, tempDir, tokens } from './testing';

const token = tokens(44);
const tmp = tempDir('accept');
afterAll(tmp.remove);

interface Row {
  file: string;
  line: number;
  fingerprint: string;
  commit?: string;
}
const json = (out: string) => JSON.parse(out) as Row[];

describe('baselines, .keywardenignore and keywarden:allow', { timeout: 120_000 }, () => {
  const repo = gitRepo(tmp.dir);
  const [a, b, c] = [token(), token(), token()];
  repo.write('app.env', `A=${a}\nB=${b} # keywarden:allow (a revoked test key)\n`);
  repo.commit('two keys');

  test('inline keywarden:allow drops the finding on its line, in files and history', () => {
    for (const args of [['app.env'], ['--git']]) {
      const rows = json(run(['scan', '--json', ...args], { cwd: tmp.dir }).out);
      expect(rows.map((r) => [r.file, r.line])).toEqual([['app.env', 1]]);
    }
  });

  test('--baseline reports only new findings; the same line moved is not new', () => {
    const first = run(['scan', '--json', '--output', 'baseline.json', 'app.env'], { cwd: tmp.dir });
    expect(first.code).toBe(1);
    const clean = run(['scan', '--baseline', 'baseline.json', 'app.env'], { cwd: tmp.dir });
    expect([clean.code, clean.out]).toEqual([0, '']);
    // The known key moves from line 1 to line 4; a new key on line 3.
    repo.write('app.env', `# header\nB=${b} # keywarden:allow\nC=${c}\nA=${a}\n`);
    const next = run(['scan', '--json', '--baseline', 'baseline.json', 'app.env'], {
      cwd: tmp.dir,
    });
    expect(next.code).toBe(1);
    expect(json(next.out).map((r) => r.line)).toEqual([3]);

    // History: a baseline holds each commit's occurrence; a secret deleted and added again is new.
    run(['scan', '--git', '--json', '--output', 'history.json'], { cwd: tmp.dir });
    repo.write('app.env', `# header\nB=${b} # keywarden:allow\nC=${c}\n`);
    const withC = repo.commit('a third key, the first deleted');
    repo.write('app.env', `# header\nB=${b} # keywarden:allow\nC=${c}\nA=${a}\n`);
    const readded = repo.commit('the first key again');
    const later = json(
      run(['scan', '--git', '--json', '--baseline', 'history.json'], { cwd: tmp.dir }).out,
    );
    expect(later.map((r) => [r.commit, r.line])).toEqual([
      [readded, 4],
      [withC, 3],
    ]);
  });

  test('.keywardenignore accepts fingerprints; a file:rule:hash line covers every commit', () => {
    const rows = json(run(['scan', '--git', '--json'], { cwd: tmp.dir }).out);
    const ofA = rows.filter((r) => r.line !== 3).map((r) => r.fingerprint);
    expect(ofA).toHaveLength(2);
    // Without the commit: the line of key A, in both commits and in the tree.
    const tail = (ofA[0] as string).split(':').slice(1).join(':');
    writeFileSync(join(tmp.dir, '.keywardenignore'), `# accepted\n\n${tail}\n`);
    const history = json(run(['scan', '--git', '--json'], { cwd: tmp.dir }).out);
    expect(history.map((r) => r.line)).toEqual([3]);
    const tree = json(run(['scan', '--json', 'app.env'], { cwd: tmp.dir }).out);
    expect(tree.map((r) => r.line)).toEqual([3]);
    // A full history fingerprint covers that commit only.
    const ofC = history[0]?.fingerprint as string;
    writeFileSync(join(tmp.dir, '.keywardenignore'), `${tail}\n${ofC}\n`);
    const none = run(['scan', '--git'], { cwd: tmp.dir });
    expect([none.code, none.out]).toEqual([0, '']);
    expect(run(['scan', 'app.env'], { cwd: tmp.dir }).code).toBe(1);
  });

  test('a bad baseline exits 2 with one line', () => {
    writeFileSync(join(tmp.dir, 'bad.json'), '{"not": "a report"}');
    for (const [file, reason] of [
      ['bad.json', 'is not a --format json report'],
      ['missing.json', 'cannot read baseline'],
    ]) {
      const r = run(['scan', '--baseline', file as string, 'app.env'], { cwd: tmp.dir });
      expect(r.code).toBe(2);
      expect(r.err).toContain(reason);
      expect(r.err.split('\n')).toHaveLength(2);
    }
    expect(readFileSync(join(tmp.dir, 'app.env'), 'utf8')).toContain('# header');
  });
});
