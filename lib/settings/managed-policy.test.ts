import { describe, expect, test } from 'vitest';
import { cacheablePolicy, effectiveSettings, policyServer } from './managed-policy';
import { DEFAULT_SETTINGS, type Settings } from '.';
import { siteModeFor } from '../site-policy';

const mine = (): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  serverUrl: 'https://mine.example',
  minConfidence: 'high',
  share: { expiresIn: 3600, views: 3, requirePassphrase: false },
  siteRules: [{ pattern: 'chat.example', mode: 'guard' }],
});

describe('effectiveSettings', () => {
  test('no policy changes nothing and locks nothing', () => {
    for (const managed of [undefined, {}, 'junk', [1, 2]]) {
      expect(effectiveSettings(mine(), managed)).toEqual({
        settings: mine(),
        locked: [],
        managedSites: [],
        pasteAnywayForbidden: false,
        createTokenSet: false,
      });
    }
  });

  test('a forced server URL wins and is locked', () => {
    const result = effectiveSettings(mine(), { serverUrl: 'https://links.corp.example' });
    expect(result.settings.serverUrl).toBe('https://links.corp.example');
    expect(result.locked).toEqual(['serverUrl']);
  });

  test('an invalid policy field is ignored on its own', () => {
    const result = effectiveSettings(mine(), {
      serverUrl: 'javascript:alert(1)',
      minConfidence: 'medium',
      share: { views: 99, requirePassphrase: true },
    });
    expect(result.settings.serverUrl).toBe('https://mine.example');
    expect(result.settings.minConfidence).toBe('medium');
    expect(result.settings.share).toEqual({ expiresIn: 3600, views: 3, requirePassphrase: true });
    expect(result.locked).toEqual(['minConfidence', 'share.requirePassphrase']);
  });

  test('a field locked without a value falls back to the shipped default', () => {
    const result = effectiveSettings(mine(), { lockedSettings: ['minConfidence', 'share', 'x'] });
    expect(result.settings.minConfidence).toBe(DEFAULT_SETTINGS.minConfidence);
    expect(result.settings.share).toEqual(DEFAULT_SETTINGS.share);
    expect(result.locked).toEqual([
      'minConfidence',
      'share.expiresIn',
      'share.views',
      'share.requirePassphrase',
    ]);
  });

  test('"*" locks every field', () => {
    expect(effectiveSettings(mine(), { lockedSettings: ['*'] }).locked).toHaveLength(10);
  });

  test('allowed sites come first and switch the guard off there', () => {
    const result = effectiveSettings(mine(), {
      allowedSites: ['vault.corp.example', 'not a host', 42],
    });
    expect(result.managedSites).toEqual([{ pattern: 'vault.corp.example', mode: 'off' }]);
    expect(result.settings.siteRules[0]).toEqual({ pattern: 'vault.corp.example', mode: 'off' });
    const { siteRules, defaultMode } = result.settings;
    expect(siteModeFor('https://vault.corp.example/x', siteRules, defaultMode).mode).toBe('off');
  });

  test('the administrator wins a tie with an equally specific user rule', () => {
    const sync = {
      ...mine(),
      siteRules: [{ pattern: 'vault.corp.example', mode: 'block' as const }],
    };
    const { settings } = effectiveSettings(sync, { allowedSites: ['vault.corp.example'] });
    expect(siteModeFor('https://vault.corp.example/', settings.siteRules).mode).toBe('off');
  });

  test('forbidding Paste anyway turns every guarded place into a blocked one', () => {
    const result = effectiveSettings(mine(), {
      forbidPasteAnyway: true,
      allowedSites: ['vault.corp.example'],
    });
    expect(result.pasteAnywayForbidden).toBe(true);
    expect(result.settings.defaultMode).toBe('block');
    expect(result.settings.siteRules).toEqual([
      { pattern: 'vault.corp.example', mode: 'off' },
      { pattern: 'chat.example', mode: 'block' },
    ]);
  });

  test('the user settings object is not mutated', () => {
    const sync = mine();
    effectiveSettings(sync, {
      forbidPasteAnyway: true,
      share: { views: 1 },
      lockedSettings: ['*'],
    });
    expect(sync).toEqual(mine());
  });
});

describe('policyServer', () => {
  const token = 'tok' + '_' + 'Zz09Yy18Xx27';
  test('a token counts only beside a server the same policy sets, and only in bearer form', () => {
    expect(policyServer({ createToken: token })).toEqual({});
    expect(policyServer({ serverUrl: 'https://corp.example', createToken: token })).toEqual({
      serverUrl: 'https://corp.example',
      createToken: token,
    });
    for (const bad of ['short', `${token}\r\nX-Evil: 1`, 42, `a b ${token}`]) {
      expect(policyServer({ serverUrl: 'https://corp.example', createToken: bad })).toEqual({
        serverUrl: 'https://corp.example',
      });
    }
  });

  test('the cached policy never holds the token', () => {
    expect(cacheablePolicy({ serverUrl: 'https://corp.example', createToken: token })).toEqual({
      serverUrl: 'https://corp.example',
    });
    expect(cacheablePolicy('junk')).toEqual({});
  });
});
