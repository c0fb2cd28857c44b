import { describe, expect, test } from 'vitest';
import { parseSettingsShape, withDefaults } from './schema';
import { acceptedUserRules } from '@/detectors/user-rules';
import { DEFAULT_SETTINGS } from '.';

const valid = () => structuredClone(DEFAULT_SETTINGS);

describe('settings schema', () => {
  test('the defaults are valid', () => {
    expect(parseSettingsShape(valid())).toEqual({ ok: true, settings: valid() });
  });

  test('errors name the field and what it accepts', () => {
    const bad = { ...valid(), share: { ...valid().share, views: 50 } };
    expect(parseSettingsShape(bad)).toEqual({
      ok: false,
      errors: [{ path: 'share.views', problem: 'number', min: 1, max: 10 }],
    });
  });

  test('array items are named by index', () => {
    const bad = { ...valid(), siteRules: [{ pattern: 'a.example', mode: 'sometimes' }] };
    const result = parseSettingsShape(bad);
    expect(result.ok || result.errors).toEqual([
      { path: 'siteRules[0].mode', problem: 'one-of', choices: ['guard', 'block', 'off'] },
    ]);
  });

  test('unknown fields and bad site patterns are refused', () => {
    const bad = { ...valid(), colour: 'red', siteRules: [{ pattern: 'not a host', mode: 'off' }] };
    const result = parseSettingsShape(bad);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContainEqual({
      path: 'settings',
      problem: 'unknown-field',
      names: ['colour'],
    });
    expect(errors).toContainEqual({
      path: 'siteRules[0].pattern',
      problem: 'site-pattern',
      error: { error: 'not-host', host: 'not a host' },
    });
  });

  test('a custom rule the detectors refuse keeps its place and the rules beside it', () => {
    // Refused by today's check, perhaps not by the one it was saved under: skipped when scanning
    // and shown with the reason, never dropped with the user's other rules.
    const customRules = [
      { id: 'acme', pattern: 'ACME-[A-Z0-9]{32}' },
      { id: 'slow', pattern: '\\w*\\w*\\w*\\w*!' },
    ];
    expect(parseSettingsShape({ ...valid(), customRules })).toEqual({
      ok: true,
      settings: { ...valid(), customRules },
    });
    expect(withDefaults({ customRules }).customRules).toEqual(customRules);
    expect(acceptedUserRules(customRules)).toEqual([customRules[0]]);
  });

  test('a custom rule with the wrong fields is still refused', () => {
    const result = parseSettingsShape({ ...valid(), customRules: [{ id: 'x', regex: 'a' }] });
    expect(result.ok).toBe(false);
  });

  test('the server URL must be http or https', () => {
    const result = parseSettingsShape({ ...valid(), serverUrl: 'ftp://x.example' });
    expect(result.ok || result.errors).toEqual([{ path: 'serverUrl', problem: 'url' }]);
    // Empty is "no link server chosen yet".
    expect(parseSettingsShape({ ...valid(), serverUrl: '' }).ok).toBe(true);
  });
});
