import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { afterAll, describe, expect, test } from 'vitest';
import { scan, type Finding } from '../index';
import { fingerprintOf, type Reported } from './accept';
import { csvCell, render } from './report';
import { hashLine } from './scan-text';
import { gitRepo, run, tempDir, tokens } from './testing';

const token = tokens(33);
const secret = token();
const first = scan(`x ${secret}`)[0];
if (!first) throw new Error('the token must be found');
const finding: Finding = first;

function reported(file: string, path: string, commit?: Reported['commit']): Reported {
  const located = { file, line: 3, column: 7, finding, lineHash: hashLine(`x ${secret}`), commit };
  return { ...located, path, fingerprint: fingerprintOf(located, path) };
}

// Names a report must survive: spaces, quotes, commas, markup, a formula, control characters.
const awkward = 'dir with space/=SUM(A1) "q", <b>&amp;\u0001.env';
const rows: Reported[] = [
  reported('src/app.ts', 'src/app.ts'),
  reported(awkward, awkward),
  reported('/elsewhere/x.txt', '/elsewhere/x.txt'),
  reported('<stdin>', '<stdin>'),
  reported('b.txt', 'b.txt', {
    sha: 'a'.repeat(40),
    author: '=cmd|" /C calc"!A0 <tag>',
    email: 'e@example.com',
    date: '2024-01-02T03:04:05+00:00',
  }),
];
const context = { errors: 0, version: '0.1.0' };

const SCHEMA = join(
  import.meta.dirname,
  '..',
  '..',
  'test',
  'fixtures',
  'sarif',
  'sarif-2.1.0-rtm.5.json',
);

/** Ajv ships no formats; these follow RFC 3986 and RFC 3339 closely enough for a test. */
function sarifValidator() {
  // The schema's `language` pattern has a stray `]`, an error only under the `u` flag.
  const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
  const uriChars = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri-reference', (s: string) => uriChars.test(s));
  ajv.addFormat('uri', (s: string) => uriChars.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
  ajv.addFormat('date-time', (s: string) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/.test(s),
  );
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
}

/**
 * Well-formedness as XML 1.0 defines it, for what junit.ts writes: balanced tags, quoted
 * attributes, no raw `<` or stray `&`, only characters XML allows.
 */
function wellFormed(xml: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) return 'bad character';
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const stack: string[] = [];
  const entity = /&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/y;
  const checkText = (text: string) => {
    for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
      entity.lastIndex = i;
      if (!entity.test(text)) return false;
    }
    return !text.includes('<');
  };
  let at = 0;
  let roots = 0;
  while (at < body.length) {
    const open = body.indexOf('<', at);
    const text = body.slice(at, open < 0 ? body.length : open);
    if (!checkText(text) || (stack.length === 0 && text.trim())) return `text at ${at}`;
    if (open < 0) break;
    const close = body.indexOf('>', open);
    if (close < 0) return 'unclosed tag';
    const tag = body.slice(open + 1, close);
    const m = /^(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)$/.exec(tag);
    if (!m || !checkText(m[3] ?? '')) return `bad tag at ${open}`;
    if (m[1]) {
      if (stack.pop() !== m[2]) return `mismatched </${m[2]}>`;
    } else if (!m[4]) {
      if (stack.length === 0) roots++;
      stack.push(m[2] as string);
    } else if (stack.length === 0) roots++;
    at = close + 1;
  }
  if (stack.length) return 'unclosed element';
  return roots === 1 ? undefined : 'not one root';
}

describe('reports', () => {
  test('no format carries the secret, and none looks like one to the scanner itself', () => {
    for (const format of ['text', 'json', 'sarif', 'csv', 'junit'] as const) {
      const out = render(format, rows, context);
      expect(out).not.toContain(secret);
      expect(out).not.toContain(secret.slice(4, -4));
      // A committed baseline or SARIF file must not raise alarms of its own.
      expect(scan(out).map((f) => f.ruleId)).toEqual([]);
    }
  });

  test('SARIF validates against the official 2.1.0 schema, with rules, fingerprints, commits', () => {
    const validate = sarifValidator();
    for (const found of [rows, []]) {
      const log = JSON.parse(render('sarif', found, context)) as unknown;
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
    const log = JSON.parse(render('sarif', rows, context));
    // The validator does refuse what the schema forbids.
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ message: {} }] }] })).toBe(
      false,
    );
    const run = log.runs[0];
    expect(run.tool.driver.rules).toHaveLength(1);
    expect(run.tool.driver.rules[0]).toMatchObject({
      id: 'github-personal-access-token',
      name: 'GithubPersonalAccessToken',
      help: { text: expect.stringContaining('rotate') },
    });
    const uris = run.results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]?.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toEqual([
      'src/app.ts',
      'dir%20with%20space/%3DSUM(A1)%20%22q%22%2C%20%3Cb%3E%26amp%3B%01.env',
      'file:///elsewhere/x.txt',
      '%3Cstdin%3E',
      'b.txt',
    ]);
    expect(run.results[4].properties.commit).toBe('a'.repeat(40));
    expect(run.results[0].partialFingerprints['keywarden/v1']).toBe(rows[0]?.fingerprint);
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({
      startLine: 3,
      startColumn: 7,
    });
  });

  test('JUnit is well-formed XML, clean or not', () => {
    expect(wellFormed('<a><b x="1"/></a>')).toBeUndefined();
    expect(wellFormed('<a><b></a>')).toBeDefined();
    expect(wellFormed('<a>&nope;</a>')).toBeDefined();
    const xml = render('junit', rows, context);
    expect(wellFormed(xml)).toBeUndefined();
    expect(xml).toContain('tests="5" failures="5"');
    expect(xml).toContain('&lt;b&gt;&amp;amp;\uFFFD.env');
    const clean = render('junit', [], context);
    expect(wellFormed(clean)).toBeUndefined();
    expect(clean).toContain('tests="1" failures="0"');
  });

  test('CSV quotes as RFC 4180 says and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('-----BEGIN')).toBe("'-----BEGIN");
    expect(csvCell(undefined)).toBe('');
    const csv = render('csv', rows, context);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'file,line,column,ruleId,provider,title,confidence,redacted,fingerprint,commit,author,email,date',
    );
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[2]?.startsWith(`"dir with space/=SUM(A1) ""q"", <b>&amp;\u0001.env",3,7,`)).toBe(
      true,
    );
    expect(lines[5]).toContain(`,"'=cmd|"" /C calc""!A0 <tag>",`);
  });

  test('text: one line per finding with its fingerprint, history with commit and author', () => {
    const text = render('text', rows, context).split('\n');
    expect(text[0]).toBe(
      `src/app.ts:3:7 github-personal-access-token ${finding.title} ${finding.redacted} [${rows[0]?.fingerprint}]`,
    );
    expect(
      text[4]?.startsWith(`${'a'.repeat(12)} =cmd|" /C calc"!A0 <tag> <e@example.com> 2024-01-02`),
    ).toBe(true);
  });
});

describe('report options on the command line', { timeout: 120_000 }, () => {
  const tmp = tempDir('report');
  afterAll(tmp.remove);

  test('--format and --output for files and history; --json is --format json; exit codes', () => {
    const repo = gitRepo(tmp.dir);
    repo.write('k.env', `one\nGH=${secret}\n`);
    repo.commit('key');
    const validate = sarifValidator();
    const files = run(['scan', '--format', 'sarif', 'k.env'], { cwd: tmp.dir });
    expect(files.code).toBe(1);
    expect(validate(JSON.parse(files.out))).toBe(true);
    const history = run(['scan', '--git', '--format', 'sarif', '--output', 'out.sarif'], {
      cwd: tmp.dir,
    });
    expect([history.code, history.out]).toEqual([1, '']);
    const log = JSON.parse(readFileSync(join(tmp.dir, 'out.sarif'), 'utf8'));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results[0].properties.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(run(['scan', '--json', 'k.env'], { cwd: tmp.dir }).out).toBe(
      run(['scan', '--format', 'json', 'k.env'], { cwd: tmp.dir }).out,
    );
    const junit = run(['scan', '--format', 'junit', 'k.env'], { cwd: tmp.dir });
    expect([junit.code, wellFormed(junit.out)]).toEqual([1, undefined]);
    const clean = run(['scan', '--format', 'csv'], { input: 'nothing here\n' });
    expect([clean.code, clean.out.split('\r\n').length]).toEqual([0, 2]);
    const unwritable = run(['scan', '--output', join(tmp.dir, 'no', 'such', 'dir'), 'k.env'], {
      cwd: tmp.dir,
    });
    expect(unwritable.code).toBe(2);
    expect(unwritable.err).toMatch(/^keywarden: cannot write .* \(ENOENT\)\n$/);
    const badFormat = run(['scan', '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.err).toContain('--format takes text, json, sarif, csv, junit');
  });
});
