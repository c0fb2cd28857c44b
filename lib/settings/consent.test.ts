import { describe, expect, test } from 'vitest';
import { diffSettings, withConsent } from './consent';
import { DEFAULT_SETTINGS, type Settings } from '.';
import { siteModeFor, type SiteRule } from '../site-policy';

const base = (changes: Partial<Settings> = {}): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  siteRules: [
    { pattern: 'chat.example', mode: 'block' },
    { pattern: 'vault.example', mode: 'off' },
  ],
  ...changes,
});

const loosens = (from: Settings, to: Settings) =>
  diffSettings(from, to)
    .filter((change) => change.loosens)
    .map((change) => change.field);

describe('diffSettings', () => {
  test('equal settings have no diff', () => {
    expect(diffSettings(base(), base())).toEqual([]);
  });

  test('any move of the link server needs consent and names both ends', () => {
    const [change] = diffSettings(base(), base({ serverUrl: 'https://links.example' }));
    expect(change).toEqual({
      field: 'serverUrl',
      lines: [{ what: 'server', from: '', to: 'https://links.example' }],
      loosens: true,
    });
    const moved = base({ serverUrl: 'https://elsewhere.example' });
    expect(loosens(base({ serverUrl: 'https://links.example' }), moved)).toEqual(['serverUrl']);
  });

  test('unsetting the link server sends secrets nowhere: no consent needed', () => {
    const [change] = diffSettings(base({ serverUrl: 'https://links.example' }), base());
    expect(change).toMatchObject({
      lines: [{ what: 'server', from: 'https://links.example', to: '' }],
      loosens: false,
    });
  });

  test('looser modes, fewer detectors and a higher confidence floor need consent', () => {
    expect(loosens(base(), base({ defaultMode: 'off' }))).toEqual(['defaultMode']);
    expect(loosens(base(), base({ disabledGroups: ['cloud'] }))).toEqual(['disabledGroups']);
    expect(loosens(base(), base({ minConfidence: 'high' }))).toEqual(['minConfidence']);
  });

  test('stricter modes, more detectors and a lower floor do not', () => {
    const loose = base({ defaultMode: 'off', disabledGroups: ['cloud'], minConfidence: 'high' });
    const strict = base({ defaultMode: 'block', minConfidence: 'medium' });
    expect(diffSettings(loose, strict).map((c) => c.field)).toEqual([
      'defaultMode',
      'disabledGroups',
      'minConfidence',
    ]);
    expect(loosens(loose, strict)).toEqual([]);
  });

  test('site rules: only removing allowed sites, adding blocked ones or tightening is silent', () => {
    const rules = (...list: SiteRule[]) => base({ siteRules: list });
    const chat = { pattern: 'chat.example', mode: 'block' } as const;
    const vault = { pattern: 'vault.example', mode: 'off' } as const;
    const silent: SiteRule[][] = [
      [chat], // an allowed site removed
      [chat, vault, { pattern: 'mail.example', mode: 'block' }],
      [chat, { ...vault, mode: 'guard' }],
    ];
    for (const list of silent)
      expect(loosens(base(), rules(...list)), JSON.stringify(list)).toEqual([]);
    const held: SiteRule[][] = [
      [vault], // a blocked site removed
      [chat, vault, { pattern: 'mail.example', mode: 'off' }],
      [chat, vault, { pattern: 'x.chat.example', mode: 'guard' }],
      [{ ...chat, mode: 'guard' }, vault],
      [vault, chat], // order breaks ties between equally specific rules
    ];
    for (const list of held) {
      expect(loosens(base(), rules(...list)), JSON.stringify(list)).toEqual(['siteRules']);
    }
  });

  test('every silent site-rule change leaves each page at least as strict', () => {
    // Equally specific overlapping rules, where order alone decides.
    const a = { pattern: '*.example.org/a/*', mode: 'block' } as const;
    const b = { pattern: '*.example.org/*/b', mode: 'off' } as const;
    const from = base({ siteRules: [a, b] });
    const candidates: SiteRule[][] = [
      [b, a],
      [a],
      [b],
      [a, b, { ...b, mode: 'guard' }],
      [a, { ...b, mode: 'block' }],
    ];
    const rank = { off: 0, guard: 1, block: 2 };
    const urls = [
      'https://x.example.org/a/b',
      'https://x.example.org/c/b',
      'https://x.example.org/a/c',
    ];
    for (const siteRules of candidates) {
      const to = base({ siteRules });
      if (loosens(from, to).length) continue;
      for (const url of urls) {
        const before = siteModeFor(url, from.siteRules, from.defaultMode).mode;
        const after = siteModeFor(url, to.siteRules, to.defaultMode).mode;
        expect(rank[after], `${JSON.stringify(siteRules)} at ${url}`).toBeGreaterThanOrEqual(
          rank[before],
        );
      }
    }
  });

  test('custom rules: removing or changing one needs consent, adding one does not', () => {
    const rule = { id: 'acme', pattern: 'acme_[a-z]{8}' };
    const withRule = base({ customRules: [rule] });
    expect(loosens(base(), withRule)).toEqual([]);
    expect(loosens(withRule, base())).toEqual(['customRules']);
    expect(
      loosens(withRule, base({ customRules: [{ ...rule, pattern: 'acme_[a-z]{9}' }] })),
    ).toEqual(['customRules']);
    expect(diffSettings(withRule, base())[0]?.lines).toEqual([
      { what: 'custom-removed', id: 'acme' },
    ]);
  });

  test('link defaults and history retention are listed but never held', () => {
    const to = base({ share: { ...DEFAULT_SETTINGS.share, views: 3 }, historyRetentionDays: 7 });
    expect(diffSettings(base(), to)).toEqual([
      { field: 'share', lines: [{ what: 'views', from: 1, to: 3 }], loosens: false },
      {
        field: 'historyRetentionDays',
        lines: [{ what: 'retention', from: 90, to: 7 }],
        loosens: false,
      },
    ]);
  });

  test('a long list is cut with a count of the rest', () => {
    const siteRules = Array.from({ length: 30 }, (_, i) => ({
      pattern: `s${i}.example`,
      mode: 'off' as const,
    }));
    const [change] = diffSettings(base({ siteRules: [] }), base({ siteRules }));
    expect(change?.lines).toHaveLength(20);
    expect(change?.lines.at(-1)).toEqual({ what: 'more', count: 11 });
  });
});

describe('withConsent', () => {
  test('holds what needs consent, takes the rest from the synced settings', () => {
    const consented = base();
    const synced = base({
      serverUrl: 'https://elsewhere.example',
      defaultMode: 'block',
      share: { ...DEFAULT_SETTINGS.share, views: 4 },
    });
    const { settings, held } = withConsent(consented, synced);
    expect(settings.serverUrl).toBe(consented.serverUrl);
    expect(settings.defaultMode).toBe('block');
    expect(settings.share.views).toBe(4);
    expect(held.map((change) => change.field)).toEqual(['serverUrl']);
  });

  test('holds nothing when the synced settings are what was consented', () => {
    expect(withConsent(base(), base())).toEqual({ settings: base(), held: [] });
  });
});
