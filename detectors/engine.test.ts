import { describe, expect, test } from 'vitest';
import { resolveOverlaps } from './engine';
import { fake } from './fake';
import { keySamples } from './fake-keys';
import { scan } from './index';
import { isPlaceholder } from './placeholder';
import { redact } from './redact';
import { userRuleProblem, USER_PATTERN_MAX_LENGTH } from './user-rules';
import { crc32, toBase62 } from './validators/checksum';

const f = fake(9);
const ghToken = () => {
  const body = f.chars(30);
  return 'gh' + 'p_' + body + toBase62(crc32(body), 6);
};
// A real key: the PEM rules check the body's structure, so random base64 is no longer one.
const pem = () => keySamples().pem['rsa-1024-pkcs1'] as string;

describe('scan', () => {
  test('findings are sorted and never overlap', () => {
    const a = ghToken();
    const b = ghToken();
    const text = `first ${a}\nsecond ${b}\n`;
    const found = scan(text);
    expect(found.map((x) => text.slice(x.start, x.end))).toEqual([a, b]);
  });

  test('empty and huge clean inputs', () => {
    expect(scan('')).toEqual([]);
    expect(scan('lorem ipsum token password secret '.repeat(20000))).toEqual([]);
  });

  test('a JSON-escaped PEM is found with its span in the original text', () => {
    const key = pem();
    const text = JSON.stringify({ ssh: { key } });
    const escaped = JSON.stringify(key).slice(1, -1);
    const [hit] = scan(text);
    expect(hit?.ruleId).toBe('private-key-pem');
    expect(text.slice(hit?.start, hit?.end)).toBe(escaped);
  });

  test('a PEM in a YAML block scalar is found', () => {
    const key = pem().split('\n').join('\n    ');
    const text = `tls:\n  key: |\n    ${key}\n  other: 1\n`;
    const [hit] = scan(text);
    expect(text.slice(hit?.start, hit?.end)).toBe(key);
  });

  test('URL-encoded secrets map back to the encoded span', () => {
    const token = ghToken();
    const encoded = encodeURIComponent(`token=${token}&x=1`);
    const text = `https://example.net/cb?state=${encoded}`;
    const hit = scan(text).find((x) => x.ruleId === 'github-personal-access-token');
    expect(hit).toBeDefined();
    expect(text.slice(hit?.start, hit?.end)).toBe(token);
  });

  test('base64-wrapped secrets (Kubernetes data:) report the encoded value', () => {
    const token = ghToken();
    const value = Buffer.from(`GITHUB_TOKEN=${token}\n`).toString('base64');
    const text = `apiVersion: v1\nkind: Secret\ndata:\n  env: ${value}\n`;
    const hit = scan(text).find((x) => x.ruleId === 'github-personal-access-token');
    expect(hit?.encoding).toBe('base64');
    expect(text.slice(hit?.start, hit?.end)).toBe(value);
  });

  test('docker config auths are found', () => {
    const auth = Buffer.from(`bot:${f.chars(20)}`).toString('base64');
    const text = JSON.stringify({ auths: { 'registry.example.net': { auth } } });
    expect(scan(text).map((x) => x.ruleId)).toContain('docker-config-auth');
  });

  test('options: rule and group selection, minimum confidence', () => {
    const text = `t=${ghToken()} password: ${f.chars(12)}#9x`;
    expect(scan(text, { rules: ['code'] }).map((x) => x.group)).toEqual(['code']);
    expect(scan(text, { disabled: ['code'] }).every((x) => x.group !== 'code')).toBe(true);
    expect(scan(text, { minConfidence: 'high' }).map((x) => x.confidence)).toEqual(['high']);
  });

  test('user rules run, and bad ones are refused', () => {
    const text = 'ticket ACME-' + f.chars(24, 'alnumUpper') + ' filed';
    const found = scan(text, {
      userRules: [{ id: 'acme-key', pattern: 'ACME-[A-Z0-9]{24}', keywords: ['acme-'] }],
    });
    expect(found.map((x) => x.ruleId)).toEqual(['user-acme-key']);
    expect(userRuleProblem({ id: 'x', pattern: '(a+)+$' })).toMatch(/nests/);
    expect(userRuleProblem({ id: 'x', pattern: '(a)\\1' })).toMatch(/back-references/);
    expect(userRuleProblem({ id: 'x', pattern: 'a'.repeat(USER_PATTERN_MAX_LENGTH + 1) })).toMatch(
      /longer/,
    );
    expect(userRuleProblem({ id: 'Bad Id', pattern: 'a' })).toMatch(/kebab/);
    expect(
      scan('aaaaaaaaaaaaaaaaaaaaaaaaaaaa!', { userRules: [{ id: 'evil', pattern: '(a+)+$' }] }),
    ).toEqual([]);
  });
});

describe('overlap resolution', () => {
  const c = (
    start: number,
    end: number,
    confidence: 'low' | 'medium' | 'high',
    group = 'code',
  ) => ({ start, end, confidence, group });
  test('higher confidence wins, then the longer span', () => {
    const kept = resolveOverlaps([
      c(0, 10, 'medium'),
      c(5, 12, 'high'),
      c(20, 30, 'low'),
      c(18, 40, 'low'),
    ]);
    expect(kept).toEqual([c(5, 12, 'high'), c(18, 40, 'low')]);
  });
  test('on the same span a specific rule beats a generic one, keeping the best confidence', () => {
    const kept = resolveOverlaps([c(0, 10, 'high', 'generic'), c(0, 10, 'low', 'ai')]);
    expect(kept).toEqual([c(0, 10, 'high', 'ai')]);
  });
});

describe('placeholders', () => {
  test.each([
    'AK' + 'IAIOSFODNN7' + 'EXAMPLE',
    'your-api-key-here',
    'xxxxxxxxxxxxxxxxxxxx',
    '<TOKEN>',
    '${API_KEY}',
    'changeme',
    'sk_' + 'abcdefghijklmnopqrst',
    'tok_' + '1111111111111111',
    'key_' + 'abcabcabcabcabcabc',
  ])('%s is a placeholder', (value) => expect(isPlaceholder(value)).toBe(true));

  test('random tokens are not', () => {
    for (let i = 0; i < 200; i++) expect(isPlaceholder('tok_' + f.chars(32))).toBe(false);
  });
});

describe('redact', () => {
  test('known prefix plus last four, never more than a quarter', () => {
    const t = ghToken();
    expect(redact(t)).toBe('gh' + 'p_…' + t.slice(-4));
    for (let n = 16; n < 80; n++) {
      const r = redact(f.chars(n));
      expect(r.replace('…', '').length).toBeLessThanOrEqual(Math.floor(n / 4));
    }
  });
  test('short secrets are fully masked', () => {
    expect(redact('hunter2!')).toBe('••••••••');
    expect(redact(f.chars(15))).toBe('••••••••');
  });
  test('PEM keys show only their header', () => {
    expect(redact(pem()).startsWith('-----BEGIN ' + 'RSA PRIVATE')).toBe(true);
  });
});
