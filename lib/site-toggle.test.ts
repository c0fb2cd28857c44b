import { describe, expect, test } from 'vitest';
import { setSiteMode, siteHost } from './site-toggle';
import { siteModeFor } from './site-policy';

describe('site toggle', () => {
  test('names http(s) hosts with their port only', () => {
    expect(siteHost('https://chat.example/room')).toBe('chat.example');
    expect(siteHost('http://127.0.0.1:4000/x')).toBe('127.0.0.1:4000');
    expect(siteHost('chrome-extension://abc/popup.html')).toBeUndefined();
    expect(siteHost(undefined)).toBeUndefined();
  });

  test('adds a host rule when none decides the page', () => {
    const rules = setSiteMode([], 'https://chat.example/room', 'off');
    expect(rules).toEqual([{ pattern: 'chat.example', mode: 'off' }]);
    expect(siteModeFor('https://chat.example/other', rules).mode).toBe('off');
  });

  test('changes the rule that already decides the page', () => {
    const rules = [
      { pattern: 'github.com/*/*/settings/secrets/*', mode: 'off' as const },
      { pattern: 'chat.example', mode: 'block' as const },
    ];
    const url = 'https://github.com/o/r/settings/secrets/actions';
    const next = setSiteMode(rules, url, 'guard');
    expect(next).toEqual([{ ...rules[0], mode: 'guard' }, rules[1]]);
    expect(siteModeFor(url, next).mode).toBe('guard');
  });
});
