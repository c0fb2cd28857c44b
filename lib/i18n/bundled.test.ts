import { describe, expect, it } from 'vitest';
import { bundledBrowser, pickLocale, substitute } from './bundled';
import { pseudoLocalise } from './pseudo';

const AVAILABLE = ['en', 'de', 'fr', 'es', 'pt_BR', 'ja', 'zh_CN'];

describe('pickLocale', () => {
  it('takes the first of the reader’s languages it has, exactly or by language', () => {
    expect(pickLocale(['de-AT', 'en'], AVAILABLE)).toBe('de');
    expect(pickLocale(['pt-BR'], AVAILABLE)).toBe('pt_BR');
    expect(pickLocale(['pt-PT', 'fr'], AVAILABLE)).toBe('pt_BR');
    expect(pickLocale(['it', 'es-419'], AVAILABLE)).toBe('es');
    expect(pickLocale(['zh-CN'], AVAILABLE)).toBe('zh_CN');
    expect(pickLocale(['zh-Hans-SG'], AVAILABLE)).toBe('zh_CN');
  });

  it('gives Traditional Chinese readers English rather than the Simplified script', () => {
    expect(pickLocale(['zh-TW'], AVAILABLE)).toBe('en');
    expect(pickLocale(['zh-Hant', 'ja'], AVAILABLE)).toBe('ja');
  });

  it('falls back on English', () => {
    expect(pickLocale([], AVAILABLE)).toBe('en');
    expect(pickLocale(['ko', 'ru'], AVAILABLE)).toBe('en');
  });
});

describe('substitute', () => {
  it('fills $1…$9 and reads $$ as a dollar sign, as browser.i18n does', () => {
    expect(substitute('From $1 ($2)', ['a.example', 'PrivateBin'])).toBe(
      'From a.example (PrivateBin)',
    );
    expect(substitute('$$$1 each', ['5'])).toBe('$5 each');
    expect(substitute('A file named $1', ['$2'])).toBe('A file named $2');
  });
});

describe('bundledBrowser', () => {
  const catalogues = { en: { copy: 'Copy', from: 'From $1' }, de: { copy: 'Kopieren' } };

  it('answers getMessage from the reader’s catalogue, and its locale for @@ui_locale', () => {
    const { i18n } = bundledBrowser(catalogues, ['de-DE']);
    expect(i18n.getMessage('copy')).toBe('Kopieren');
    expect(i18n.getMessage('@@ui_locale')).toBe('de');
    expect(i18n.getMessage('missing')).toBe('');
    expect(bundledBrowser(catalogues, ['fr']).i18n.getMessage('from', ['x'])).toBe('From x');
  });
});

describe('pseudoLocalise', () => {
  it('accents and lengthens the words, and keeps substitutions and plural forms whole', () => {
    const pseudo = pseudoLocalise('Copy $1 now | Copy {name} $$');
    expect(pseudo).toBe('[Çööpý $1 ñööw] | [Çööpý {name} $$]');
  });
});
