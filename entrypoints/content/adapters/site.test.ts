import { describe, expect, it } from 'vitest';
import { composerSendKey, hostMatches, type KeyChord } from './site';

const chord = (key: string, mods: Partial<KeyChord> = {}): KeyChord => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  isComposing: false,
  ...mods,
});

describe('composerSendKey', () => {
  it('sends on Enter and Ctrl/Cmd+Enter in chat composers', () => {
    expect(composerSendKey(chord('Enter'), 'enter')).toBe(true);
    expect(composerSendKey(chord('Enter', { ctrlKey: true }), 'enter')).toBe(true);
    expect(composerSendKey(chord('Enter', { metaKey: true }), 'enter')).toBe(true);
  });

  it('sends only on Ctrl/Cmd+Enter in mail and comment composers', () => {
    expect(composerSendKey(chord('Enter'), 'mod-enter')).toBe(false);
    expect(composerSendKey(chord('Enter', { ctrlKey: true }), 'mod-enter')).toBe(true);
    expect(composerSendKey(chord('Enter', { metaKey: true }), 'mod-enter')).toBe(true);
  });

  it('never sends on Shift+Enter, Alt+Enter, an IME commit or another key', () => {
    for (const style of ['enter', 'mod-enter'] as const) {
      expect(composerSendKey(chord('Enter', { shiftKey: true }), style)).toBe(false);
      expect(composerSendKey(chord('Enter', { shiftKey: true, ctrlKey: true }), style)).toBe(false);
      expect(composerSendKey(chord('Enter', { altKey: true, ctrlKey: true }), style)).toBe(false);
      expect(composerSendKey(chord('Enter', { isComposing: true }), style)).toBe(false);
      expect(composerSendKey(chord('a', { ctrlKey: true }), style)).toBe(false);
    }
  });
});

describe('hostMatches', () => {
  it('matches exact hosts only, case- and trailing-dot-insensitively', () => {
    expect(hostMatches('mail.google.com', ['mail.google.com'])).toBe(true);
    expect(hostMatches('MAIL.google.com.', ['mail.google.com'])).toBe(true);
    expect(hostMatches('google.com', ['mail.google.com'])).toBe(false);
    expect(hostMatches('evil-mail.google.com', ['mail.google.com'])).toBe(false);
  });

  it('takes subdomains and the bare domain for a wildcard, and no look-alikes', () => {
    expect(hostMatches('acme.atlassian.net', ['*.atlassian.net'])).toBe(true);
    expect(hostMatches('atlassian.net', ['*.atlassian.net'])).toBe(true);
    expect(hostMatches('evilatlassian.net', ['*.atlassian.net'])).toBe(false);
    expect(hostMatches('atlassian.net.evil.example', ['*.atlassian.net'])).toBe(false);
  });
});
