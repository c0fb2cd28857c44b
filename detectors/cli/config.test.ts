import { chmodSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fake } from '../fake';
import { ConfigError, parseConfig } from './config';
import { gitRepo, run, tempDir, tokens } from './testing';

const problem = (value: unknown) => {
  try {
    parseConfig(value);
    return undefined;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.message;
  }
};

test('keywarden.json is validated with messages that name the field', () => {
  const rule = { id: 'acme-key', pattern: 'acme_[a-z0-9]{24}', keywords: ['acme_'] };
  expect(
    parseConfig({
      $schema: 'x',
      disable: ['generic', 'aws-access-key-id'],
      customRules: [rule],
      skip: ['test/**'],
      minConfidence: 'medium',
    }),
  ).toEqual({
    disable: ['generic', 'aws-access-key-id'],
    customRules: [rule],
    skip: ['test/**'],
    minConfidence: 'medium',
  });
  expect(problem([])).toBe('keywarden.json: expected a JSON object');
  expect(problem({ rules: [] })).toBe('keywarden.json: top level: unknown field "rules"');
  expect(problem({ minConfidence: 'max' })).toBe(
    'keywarden.json: minConfidence: expected one of low, medium, high',
  );
  expect(problem({ disable: ['no-such-rule'] })).toBe(
    'keywarden.json: disable[0]: unknown rule or group "no-such-rule"',
  );
  expect(problem({ skip: [''] })).toMatch(/^keywarden\.json: skip\[0\]: /);
  expect(problem({ customRules: [{ ...rule, pattern: '(a+)+b' }] })).toMatch(
    /^keywarden\.json: customRules\[0\]: pattern nests quantifiers/,
  );
  expect(problem({ customRules: [rule, rule] })).toBe(
    'keywarden.json: customRules[1]: id "acme-key" is used twice',
  );
  expect(problem({ customRules: [{ ...rule, id: 'Not Kebab' }] })).toBe(
    'keywarden.json: customRules[0]: id must be kebab-case',
  );
  expect(problem({ customRules: [{ id: 'x', regex: 'a' }] })).toMatch(/unknown field "regex"/);
});

describe('keywarden.json on the command line', { timeout: 120_000 }, () => {
  const tmp = tempDir('config');
  afterAll(tmp.remove);
  const token = tokens(55);
  const acme = 'acme' + '_' + fake(5).chars(24, 'alnumLower');
  const repo = gitRepo(tmp.dir);
  repo.write('app.env', `GH=${token()}\nACME=${acme}\n`);
  writeFileSync(join(tmp.dir, 'fixture.env'), `GH=${token()}\n`);
  repo.commit('keys');
  const rules = (out: string) =>
    (JSON.parse(out) as { ruleId: string; file: string }[]).map((r) => `${r.file} ${r.ruleId}`);

  test('rules off, custom rules on, paths skipped: in files, staged changes and history', () => {
    const before = run(['scan', '--json', '.'], { cwd: tmp.dir });
    expect(rules(before.out)).toEqual([
      'app.env github-personal-access-token',
      'fixture.env github-personal-access-token',
    ]);
    repo.write(
      'keywarden.json',
      JSON.stringify({
        disable: ['code'],
        customRules: [
          { id: 'acme-key', title: 'Acme key', pattern: 'acme_[a-z0-9]{24}', keywords: ['acme_'] },
        ],
        skip: ['fixture.*'],
      }),
    );
    for (const args of [['.'], ['--git']]) {
      const after = run(['scan', '--json', ...args], { cwd: tmp.dir });
      expect(rules(after.out), args.join(' ')).toEqual(['app.env user-acme-key']);
    }
    // Scanned from elsewhere: the config of the repository being scanned applies.
    const fromOutside = run(['scan', '--json', tmp.dir], { cwd: dirname(tmp.dir) });
    expect(rules(fromOutside.out)).toEqual([`${join(tmp.dir, 'app.env')} user-acme-key`]);
    writeFileSync(join(tmp.dir, 'fixture.env'), `GH=${token()}\nmore\n`);
    repo.git(['add', 'fixture.env']);
    const staged = run(['scan', '--staged'], { cwd: tmp.dir });
    expect([staged.code, staged.out]).toEqual([0, '']);
    // --config names another file; the flag's confidence floor wins over the file's.
    writeFileSync(join(tmp.dir, 'other.json'), JSON.stringify({ minConfidence: 'high' }));
    const other = run(['scan', '--json', '--config', 'other.json', 'app.env'], { cwd: tmp.dir });
    expect(rules(other.out)).toEqual(['app.env github-personal-access-token']);
  });

  test('a bad or unreadable config exits 2 with one line', () => {
    const cases: [string, RegExp][] = [
      ['{"disable": ["code",]}', /keywarden\.json: not valid JSON$/],
      ['{"disable": \n  [}', /keywarden\.json: not valid JSON(?: at line 2, column 4)?$/],
      ['{"skip": "x"}', /keywarden\.json: skip: /],
      ['{"customRules": [{"id": "a", "pattern": "(x*)*"}]}', /customRules\[0\]: /],
    ];
    for (const [text, message] of cases) {
      writeFileSync(join(tmp.dir, 'keywarden.json'), text);
      const r = run(['scan', 'app.env'], { cwd: tmp.dir });
      expect(r.code).toBe(2);
      expect(r.err.split('\n')).toHaveLength(2);
      expect(r.err.trim()).toMatch(message);
      expect(r.out).toBe('');
    }
    const missing = run(['scan', '--config', 'nope.json', 'app.env'], { cwd: tmp.dir });
    expect([missing.code, missing.err]).toEqual([
      2,
      'keywarden: cannot read config nope.json (ENOENT)\n',
    ]);
    if (process.getuid?.() !== 0) {
      writeFileSync(join(tmp.dir, 'keywarden.json'), '{}');
      chmodSync(join(tmp.dir, 'keywarden.json'), 0);
      const unreadable = run(['scan', 'app.env'], { cwd: tmp.dir });
      expect(unreadable.code).toBe(2);
      expect(unreadable.err).toMatch(
        /^keywarden: cannot read config .*keywarden\.json \(EACCES\)\n$/,
      );
    }
  });
});
