import { describe, expect, test } from 'vitest';
import { exportSettingsFile, importSettingsFile } from './file';
import { DEFAULT_SETTINGS } from '.';

describe('settings file', () => {
  test('an export imports back unchanged', () => {
    const settings = { ...structuredClone(DEFAULT_SETTINGS), minConfidence: 'high' as const };
    expect(importSettingsFile(exportSettingsFile(settings))).toEqual({ ok: true, settings });
  });

  test('fields left out take their defaults', () => {
    const text = JSON.stringify({ format: 'keywarden-settings', version: 1, settings: {} });
    expect(importSettingsFile(text)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  test('a broken file is refused with the field named', () => {
    const text = JSON.stringify({
      format: 'keywarden-settings',
      version: 1,
      settings: { share: { views: 0 } },
    });
    expect(importSettingsFile(text)).toEqual({
      ok: false,
      errors: [{ path: 'share.views', problem: 'number', min: 1, max: 10 }],
    });
  });

  test('other files are refused before validation', () => {
    expect(importSettingsFile('{')).toEqual({
      ok: false,
      errors: [{ path: '', problem: 'not-json' }],
    });
    expect(importSettingsFile('{"settings":{}}')).toEqual({
      ok: false,
      errors: [{ path: 'format', problem: 'format', expected: 'keywarden-settings' }],
    });
    const future = JSON.stringify({ format: 'keywarden-settings', version: 99, settings: {} });
    expect(importSettingsFile(future)).toEqual({
      ok: false,
      errors: [{ path: 'version', problem: 'newer-version' }],
    });
    const unversioned = JSON.stringify({ format: 'keywarden-settings', settings: {} });
    expect(importSettingsFile(unversioned)).toEqual({
      ok: false,
      errors: [{ path: 'version', problem: 'number', min: 1, max: 1 }],
    });
    expect(importSettingsFile(' '.repeat(600 * 1024))).toEqual({
      ok: false,
      errors: [{ path: '', problem: 'too-large' }],
    });
  });
});
