/**
 * What `lib/` reports as codes and data (a settings diff, a link server's failure, a bad site
 * pattern, a refused settings file) reaches the user in their language: in every catalogue but
 * English and in the pseudo-locale, no case comes out in English, empty, or as a raw code.
 */
import { browser } from '@wxt-dev/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { substitute } from '@/lib/i18n/bundled';
import { pseudoLocalise } from '@/lib/i18n/pseudo';
import type { ChangeLine, SettingChange } from '@/lib/settings/consent';
import type { SettingsIssue } from '@/lib/settings/schema';
import { ShareError, type ShareErrorReason } from '@/lib/share-client';
import type { SitePatternError } from '@/lib/site-policy';
import { readCatalogues } from '@/server/viewer/catalogue-plugin';
import { CONFIDENCE_LABELS, GROUP_LABELS, changeLabel, changeLine } from './change-words';
import { settingsIssueText, shareErrorText, sitePatternText } from './error-words';

const catalogues = await readCatalogues();
const english = catalogues.en ?? {};
// As the pseudo build makes it (wxt.config.ts): `lang` stays a language tag.
catalogues.pseudo = Object.fromEntries(
  Object.entries(english).map(([name, text]) => [
    name,
    name === 'lang' ? text : pseudoLocalise(text),
  ]),
);

function speak(language: string) {
  const messages = catalogues[language] ?? {};
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(
    (name: string, subs?: string | (string | number)[]) =>
      substitute(messages[name] ?? '', typeof subs === 'string' ? [subs] : subs?.map(String)),
  );
}

// One case of every kind; `satisfies Record<…>` fails to compile when a kind is added without one.
const server = 'https://links.example';
const lines = {
  server: { what: 'server', from: server, to: '' },
  mode: { what: 'mode', from: 'guard', to: 'off' },
  'rule-added': { what: 'rule-added', pattern: 'q.example', mode: 'off' },
  'rule-removed': { what: 'rule-removed', pattern: 'q.example', mode: 'block' },
  'rule-mode': { what: 'rule-mode', pattern: 'q.example', from: 'block', to: 'guard' },
  reordered: { what: 'reordered' },
  tidied: { what: 'tidied' },
  'group-off': { what: 'group-off', group: 'secrets-managers' },
  'group-on': { what: 'group-on', group: 'payments' },
  confidence: { what: 'confidence', from: 'low', to: 'high' },
  'custom-added': { what: 'custom-added', id: 'acme' },
  'custom-removed': { what: 'custom-removed', id: 'acme' },
  'custom-changed': { what: 'custom-changed', id: 'acme' },
  expiry: { what: 'expiry', from: 3600, to: 7 * 86_400 },
  views: { what: 'views', from: 1, to: 3 },
  retention: { what: 'retention', from: 90, to: 7 },
  passphrase: { what: 'passphrase', to: true },
  more: { what: 'more', count: 11 },
} as const satisfies { [K in ChangeLine['what']]: ChangeLine & { what: K } };

const fields = {
  serverUrl: null,
  defaultMode: null,
  siteRules: null,
  disabledGroups: null,
  minConfidence: null,
  customRules: null,
  share: null,
  historyRetentionDays: null,
} satisfies Record<SettingChange['field'], null>;

const reasons = {
  'not-url': null,
  'needs-https': null,
  'not-link-server': null,
  unreachable: null,
  'too-large': null,
  'rate-limited': null,
  'members-only': null,
  refused: null,
  'one-view-only': null,
  'not-deleted': null,
  full: null,
  failed: null,
  unexpected: null,
  malformed: null,
  oversized: null,
  'no-expiry': null,
} satisfies Record<ShareErrorReason, null>;

const patterns = {
  empty: { error: 'empty' },
  'too-long': { error: 'too-long' },
  'not-host': { error: 'not-host', host: 'exa mple.com' },
} as const satisfies { [K in SitePatternError['error']]: SitePatternError };

const path = 'field.x';
const issues = {
  'too-large': { path: '', problem: 'too-large' },
  'not-json': { path: '', problem: 'not-json' },
  'not-object': { path, problem: 'not-object' },
  url: { path, problem: 'url' },
  boolean: { path, problem: 'boolean' },
  invalid: { path, problem: 'invalid' },
  'newer-version': { path: 'version', problem: 'newer-version' },
  format: { path, problem: 'format', expected: 'keywarden-settings' },
  'unknown-field': { path, problem: 'unknown-field', names: ['colour'] },
  number: { path, problem: 'number', min: 1, max: 10 },
  seconds: { path, problem: 'seconds', min: 60, max: 2_592_000 },
  days: { path, problem: 'days', min: 1, max: 3650 },
  'one-of': { path, problem: 'one-of', choices: ['guard', 'block', 'off'] },
  'list-of': { path, problem: 'list-of', choices: ['alpha', 'beta'] },
  'site-pattern': { path, problem: 'site-pattern', error: patterns['not-host'] },
} as const satisfies { [K in SettingsIssue['problem']]: SettingsIssue & { problem: K } };

/** Every case, worded in the language the fake browser speaks now. */
function allTexts(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [what, line] of Object.entries(lines)) out[`line ${what}`] = changeLine(line);
  for (const field of Object.keys(fields) as SettingChange['field'][])
    out[`field ${field}`] = changeLabel(field);
  for (const reason of Object.keys(reasons) as ShareErrorReason[])
    out[`share ${reason}`] = shareErrorText(new ShareError(reason));
  out['share refused, saying why'] = shareErrorText(new ShareError('refused', 400, 'Too many.'));
  for (const [code, error] of Object.entries(patterns))
    out[`pattern ${code}`] = sitePatternText(error);
  for (const [problem, issue] of Object.entries(issues))
    out[`issue ${problem}`] = settingsIssueText(issue);
  return out;
}

/** The codes that must never reach the user as they are. */
const CODES = [
  ...Object.keys(lines),
  ...Object.keys(fields),
  ...Object.keys(reasons),
  ...Object.keys(patterns),
  ...Object.keys(issues),
  ...Object.keys(GROUP_LABELS),
  ...Object.keys(CONFIDENCE_LABELS),
];

/** `code` as a word of its own, in its own case: "cloud" in "turns on cloud", not in "Cloud". */
const word = (code: string) => new RegExp(`(^|[^\\p{L}-])${code}($|[^\\p{L}-])`, 'u');

/**
 * English wording these texts are built from, in pieces between substitutions: one found in
 * another language's text means a part of it fell back to English.
 */
const SOURCES = /^(changes|serverError|sitePattern|importError)_/;
const LABELS = new Set<string>([
  ...Object.values(GROUP_LABELS),
  ...Object.values(CONFIDENCE_LABELS),
]);
const ENGLISH_PIECES = Object.entries(english)
  .filter(([name]) => SOURCES.test(name) || LABELS.has(name.replace('_', '.')))
  .flatMap(([, text]) => text.split(/\$[1-9]/).map((piece) => piece.trim()))
  .filter((piece) => piece.length >= 4 && /\p{L}/u.test(piece));

describe('words for what lib/ reports', () => {
  afterEach(() => vi.restoreAllMocks());

  speak('en');
  const inEnglish = allTexts();
  vi.restoreAllMocks();

  it('reads well in English, with no code and every value in place', () => {
    speak('en');
    expect(inEnglish).toMatchObject({
      'line rule-added': 'adds q.example (allowed)',
      'line server': `${server} → (none)`,
      'line group-off': 'turns off Secrets managers',
      'line retention': '90 days → 7 days',
      'line expiry': 'expire after: 1 hour → 7 days',
      'issue number': 'field.x: expected a number from 1 to 10',
      'issue site-pattern':
        'field.x: "exa mple.com" is not a host name (use *.example.com for subdomains).',
      'share refused, saying why': 'The server rejected the request: Too many.',
    });
    expect(ENGLISH_PIECES.length).toBeGreaterThan(50);
  });

  for (const language of ['de', 'fr', 'es', 'pt_BR', 'ja', 'zh_CN', 'pseudo']) {
    it(`says every case in ${language}, not in English nor as a code`, () => {
      speak(language);
      for (const [name, text] of Object.entries(allTexts())) {
        expect(text.trim(), name).not.toBe('');
        expect(text, name).not.toBe(inEnglish[name]);
        // The pseudo-locale's day counts are the browser's English ("7 days").
        const codes = language === 'pseudo' ? CODES.filter((code) => code !== 'days') : CODES;
        for (const code of codes) expect(text, `${name}: the code ${code}`).not.toMatch(word(code));
        for (const piece of ENGLISH_PIECES)
          expect(text, `${name}: English "${piece}"`).not.toContain(piece);
        // Pseudo words are bracketed and accented: plain text there bypassed the catalogue. Day
        // counts are the browser's own words (Intl), in English for the pseudo-locale.
        if (language === 'pseudo')
          expect(text, name).toMatch(name === 'line retention' ? /^\[.*\]$/ : /\[.*[áéíöü].*\]/);
      }
    });
  }
});
