/**
 * User rules cannot freeze a tab: every known catastrophic pattern is either refused by
 * `userRuleProblem` or returns from `scan()` within a bound on 10 KB of text built to make it
 * backtrack. The scans run under a hard stop (`vm` interrupts a running match), so a pattern the
 * checker wrongly lets through fails this test instead of hanging it.
 */
import vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import { fake } from './fake';
import { scan } from './index';
import type { UserRule } from './types';
import { USER_LINE_MAX, userRuleProblem } from './user-rules';

const BOUND_MS = 250;
const HARD_STOP_MS = 3000;

/** Milliseconds `run` took, or Infinity when it was stopped after HARD_STOP_MS. */
function timed(run: () => void): number {
  const context = vm.createContext({ run, now: () => performance.now() });
  try {
    return vm.runInContext('{ const t = now(); run(); now() - t }', context, {
      timeout: HARD_STOP_MS,
    }) as number;
  } catch {
    return Infinity;
  }
}

const rule = (pattern: string, flags?: string): UserRule => ({
  id: 'custom',
  pattern,
  ...(flags ? { flags } : {}),
});

const fill = (unit: string, size = 10_000) =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/** Long runs of what the classic patterns repeat, each ended by what makes them fail. */
const ADVERSARIAL = [
  fill('a') + '!',
  fill('a'),
  fill('a') + '\n',
  fill('ab') + '!',
  fill('a ') + '!',
  fill(' ') + 'x',
  fill('1') + '!',
  fill('a1') + '!',
  fill('a.') + '!',
  fill('a@') + '!',
  fill('a-') + '!',
  'A' + fill('aA') + '!',
  fill('x=') + '!',
  fill('\t') + '!',
];

/** From OWASP's ReDoS page, the regex-DoS literature and outages caused by a regex. */
const CATASTROPHIC: [string, string][] = [
  ['nested plus', '(a+)+$'],
  ['nested plus, unanchored', '(a+)+'],
  ['same alternative twice', '(a|a)+$'],
  ['same alternative twice, anchored', '^(a|a)+$'],
  ['nested capture groups', '((a+))+'],
  ['nested star', '(a*)*b'],
  ['overlapping alternatives', '(a|aa)+$'],
  ['optional alternative', '(a|a?)+$'],
  ['words and optional spaces', '(\\w+\\s?)+$'],
  ['four adjacent stars', '\\w*\\w*\\w*\\w*!'],
  ['repeated dot-star', '(.*a){12}'],
  ['OWASP Java class name', '^(([a-z])+.)+[A-Z]([a-z])+$'],
  [
    'OWASP email',
    '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$',
  ],
  [
    'OWASP multiple emails',
    "^[a-zA-Z]+(([\\'\\,\\.\\-][a-zA-Z ])?[a-zA-Z]*)*\\s+<(\\w[-._\\w]*\\w@\\w[-._\\w]*\\w\\.\\w{2,3})>$|^(\\w[-._\\w]*\\w@\\w[-._\\w]*\\w\\.\\w{2,3})$",
  ],
  ['OWASP decimal', '^\\d*[0-9](|.\\d*[0-9]|)*$'],
  [
    'OWASP host name',
    '^([a-z0-9]+([\\-a-z0-9]*[a-z0-9]+)?\\.){0,}([a-z0-9]+([\\-a-z0-9]*[a-z0-9]+)?){1,63}(\\.[a-z0-9]{2,7})+$',
  ],
  ['URL', '^(https?:\\/\\/)?([\\da-z\\.-]+)\\.([a-z\\.]{2,6})([\\/\\w \\.-]*)*\\/?$'],
  ['Cloudflare 2019, its core', '.*.*=.*'],
  ['Stack Overflow 2016 trim', '^[\\s\\u200c]+|[\\s\\u200c]+$'],
  ['bounded nesting', '(a{1,10}){1,10}$'],
  ['alternation that overlaps under a star', '(?:a|b|ab)*c'],
  ['two pluses in a plus', '(x+x+)+y'],
  ['email-ish, cubic', '\\S+@\\S+!'],
  ['number with optional dot', '\\d+\\.?\\d*!'],
  ['five adjacent stars of one letter', 'a*a*a*a*a*b'],
  ['overlapping classes side by side', '[a-z]+[a-z0-9]*!'],
  ['case-folded overlap', '[a-z]+[A-Z]*!'],
  ['words split by optional spaces', '\\w+\\s*\\w+\\s*\\w+\\s*\\w+!'],
  ['optional group that overlaps what follows', 'x(?:-[a-z]+)?[a-z]+!'],
  ['bounded repeats that overlap', '\\w{0,100}\\w{0,100}\\w{0,100}!'],
];

describe('catastrophic patterns are refused or stop within the bound', () => {
  test.each(CATASTROPHIC)('%s: %s', (_name, pattern) => {
    for (const flags of ['', 'i']) {
      if (userRuleProblem(rule(pattern, flags)) !== undefined) continue;
      for (const text of ADVERSARIAL) {
        const ms = timed(() => scan(text, { userRules: [rule(pattern, flags)] }));
        expect(ms, `/${pattern}/${flags} on ${JSON.stringify(text.slice(0, 6))}…`).toBeLessThan(
          BOUND_MS,
        );
      }
    }
  });

  test('the ones the old check let through are now refused', () => {
    for (const pattern of ['^(a|a)+$', '((a+))+', '\\w*\\w*\\w*\\w*!', '(a|aa)+$', '.*.*=.*']) {
      expect(userRuleProblem(rule(pattern)), pattern).toMatch(/freeze the page/);
    }
  });

  test('fifty accepted rules at their worst still return within the bound', () => {
    // The costliest shapes the checker accepts, all at once: the time budget is checked after
    // each rule's pass over a slice, so one scan overshoots it by one pass at most.
    const worst = ['\\w{0,2}\\w*!', '\\S+@\\S+', '[^b]+b', '\\s*x', '\\w*!'];
    const userRules = Array.from({ length: 50 }, (_, n) => ({
      id: `r${n}`,
      pattern: worst[n % worst.length] ?? '',
    }));
    expect(userRules.every((r) => userRuleProblem(r) === undefined)).toBe(true);
    for (const text of [fill('a'), fill(' '), fill('@')]) {
      expect(timed(() => scan(text, { userRules }))).toBeLessThan(BOUND_MS);
    }
  });
});

describe('ordinary rules are accepted', () => {
  test.each([
    ['ACME-[A-Z0-9]{32}'],
    ['token\\s*[:=]\\s*(?<secret>[a-z0-9]{20,40})'],
    ['(?:sk|pk)_live_[0-9a-zA-Z]{24,99}'],
    ['(?:api|secret|token)[_-]?(?:key)?\\s*[:=]\\s*["\']?(?<secret>[A-Za-z0-9]{32})["\']?', 'i'],
    ['\\bcorp_[a-f0-9]{40}\\b'],
    ['https://hooks\\.example\\.com/services/[A-Z0-9]{9}/[A-Z0-9]{11}/[A-Za-z0-9]{24}'],
    ['postgres://[^:\\s]+:(?<secret>[^@\\s]+)@'],
    ['password\\s*=\\s*"(?<secret>[^"]{8,})"', 'i'],
    ['^internal-[a-z]+-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$'],
    ['(?<secret>ey[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})'],
    ['-----BEGIN ACME KEY-----[A-Za-z0-9+/=\\s]{100,4000}-----END ACME KEY-----'],
    ['[A-Z]{2}\\d{2}[A-Z0-9]{10,30}'],
    ['acme_(?:live|test)_[a-z0-9]{24}'],
    ['(?:ab)+c'],
    ['[a-z]+\\d+'],
    ['\\S+@\\S+'],
    ['x(?:-[a-z]+)?\\d+'],
    ['\\u00e9t\\u00e9[^\\s]{8}'],
  ])('%s', (pattern, flags = '') => {
    expect(userRuleProblem(rule(pattern, flags))).toBeUndefined();
  });

  test('an accepted rule still finds what it was written for', () => {
    const key = 'ACME-' + fake(5).chars(32, 'alnumUpper');
    const found = scan(`deploy ${key} now`, { userRules: [rule('ACME-[A-Z0-9]{32}')] });
    expect(found.map((f) => f.ruleId)).toEqual(['user-custom']);
  });
});

describe('what the parser does not take is refused with a reason', () => {
  test.each([
    ['(?=a)b', /look-ahead or look-behind/],
    ['(?!a)b', /look-ahead or look-behind/],
    ['(?<=a)b', /look-ahead or look-behind/],
    ['(?<!a)b', /look-ahead or look-behind/],
    ['(a)\\1', /back-references/],
    ['(?<n>a)\\k<n>', /back-references/],
    ['\\p{L}+', /at character 1$/],
    ['\\cJ', /at character 1$/],
    ['a{,3}', /at character 2$/],
    ['a{2', /at character 2$/],
    ['[\\d-z]', /at character 2$/],
    ['\\1', /back-references/],
    ['(?:\\b)+', /matches no characters/],
    ['(a+', /not a valid regular expression/],
    ['a**', /not a valid regular expression/],
  ])('%s', (pattern, reason) => {
    expect(userRuleProblem(rule(pattern))).toMatch(reason);
  });

  test('the check itself is quick on the longest, deepest patterns', () => {
    const deep = '(?:'.repeat(50) + 'a?' + ')?'.repeat(50);
    const empties = '(?:|)'.repeat(50) + 'x';
    const classes = '[a-z]\\d'.repeat(36);
    for (const pattern of [deep, empties, classes]) {
      expect(pattern.length).toBeLessThanOrEqual(256);
      expect(timed(() => userRuleProblem(rule(pattern)))).toBeLessThan(50);
    }
  });

  test('slices stay as long as the bound assumes', () => {
    expect(USER_LINE_MAX).toBe(2000);
  });
});
