import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_RULES, parseSitePattern, siteModeFor, type SiteRule } from './site-policy';

describe('siteModeFor', () => {
  test('every ordinary page is guarded by default', () => {
    expect(siteModeFor('https://app.slack.com/client/T1/C2', DEFAULT_SITE_RULES).mode).toBe(
      'guard',
    );
    expect(siteModeFor('https://github.com/acme/app/issues/1', DEFAULT_SITE_RULES).mode).toBe(
      'guard',
    );
  });

  test('the shipped allow-list turns the guard off where secrets belong', () => {
    expect(
      siteModeFor('https://github.com/acme/app/settings/secrets/actions/new', DEFAULT_SITE_RULES)
        .mode,
    ).toBe('off');
    expect(siteModeFor('https://my.1password.com/vaults', DEFAULT_SITE_RULES).mode).toBe('off');
    expect(
      siteModeFor(
        'https://us-east-1.console.aws.amazon.com/secretsmanager/listsecrets',
        DEFAULT_SITE_RULES,
      ).mode,
    ).toBe('off');
  });

  test('the most specific rule wins, whatever the order', () => {
    const rules: SiteRule[] = [
      { pattern: '*.example.com', mode: 'block' },
      { pattern: 'vault.example.com', mode: 'off' },
    ];
    expect(siteModeFor('https://vault.example.com/', rules).mode).toBe('off');
    expect(siteModeFor('https://chat.example.com/', rules).mode).toBe('block');
    expect(siteModeFor('https://example.com/', rules).mode).toBe('block');
    expect(siteModeFor('https://notexample.com/', rules).mode).toBe('guard');
  });

  test('path globs stay inside one segment unless the pattern ends with /*', () => {
    const rules: SiteRule[] = [{ pattern: 'git.example/*/settings', mode: 'off' }];
    expect(siteModeFor('https://git.example/acme/settings', rules).mode).toBe('off');
    expect(siteModeFor('https://git.example/acme/team/settings', rules).mode).toBe('guard');
    expect(siteModeFor('https://git.example/acme/settings/more', rules).mode).toBe('guard');
  });

  test('ports, the default mode and non-web pages', () => {
    const rules: SiteRule[] = [{ pattern: '127.0.0.1:9000', mode: 'off' }];
    expect(siteModeFor('http://127.0.0.1:9000/x', rules).mode).toBe('off');
    expect(siteModeFor('http://127.0.0.1:9001/x', rules, 'block').mode).toBe('block');
    expect(siteModeFor('file:///etc/hosts', rules).mode).toBe('off');
    expect(siteModeFor('not a url', rules).mode).toBe('guard');
  });
});

describe('parseSitePattern', () => {
  test('names what is wrong with a bad pattern', () => {
    expect(parseSitePattern('')).toEqual({ error: 'empty' });
    expect(parseSitePattern('https://exa mple.com/x')).toEqual({
      error: 'not-host',
      host: 'exa mple.com',
    });
    expect(parseSitePattern('x'.repeat(600))).toEqual({ error: 'too-long' });
  });

  test('accepts a scheme and ignores it', () => {
    expect(parseSitePattern('https://*.vault.example.com/ui/*')).toEqual({
      host: 'vault.example.com',
      anySubdomain: true,
      segments: ['ui'],
      openEnded: true,
    });
  });
});
