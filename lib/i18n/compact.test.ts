import { browser } from '@wxt-dev/browser';
import { createI18n } from '@wxt-dev/i18n';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCatalogues } from '../../server/viewer/catalogue-plugin';
import { substitute } from './bundled';
import { i18n as compact } from './compact';

const catalogues = await readCatalogues();
const library = createI18n() as unknown as { t(key: string, ...args: unknown[]): string };
const ours = compact as unknown as typeof library;

describe('the content script’s compact t', () => {
  afterEach(() => vi.restoreAllMocks());

  for (const language of ['en', 'fr', 'ja']) {
    it(`answers as @wxt-dev/i18n does for every ${language} message`, () => {
      const messages = catalogues[language] ?? {};
      vi.spyOn(browser.i18n, 'getMessage').mockImplementation(
        (name: string, subs?: string | (string | number)[]) =>
          substitute(messages[name] ?? '', typeof subs === 'string' ? [subs] : subs?.map(String)),
      );
      for (const name of Object.keys(messages)) {
        const key = name.replaceAll('_', '.');
        const calls: unknown[][] = [[], [['a.example', 'B']], [{ name: 'file.txt' }]];
        for (const count of [0, 1, 2, 7]) calls.push([count], [count, ['x']]);
        for (const args of calls) expect(ours.t(key, ...args), key).toBe(library.t(key, ...args));
      }
      const one = { en: 'a secret', fr: 'un secret', ja: '1 件' }[language] ?? '';
      expect(ours.t('dialog.titlePaste', 1)).toContain(one);
      expect(ours.t('dialog.titlePaste', 0)).toContain(language === 'fr' ? '0 secret' : '0 ');
    });
  }
});
