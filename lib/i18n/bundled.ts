/**
 * `browser.i18n.getMessage` for pages that are not the extension's (the server's viewer page, the
 * warning test page): their build swaps `@wxt-dev/browser` for a module that calls
 * `bundledBrowser` with the catalogues it bundled, so `#i18n` and its typed keys work unchanged.
 */

/** Locale (as in `_locales`: `pt_BR`) → message name (`reveal_copy`) → message. */
export type BundledCatalogues = Record<string, Record<string, string>>;

const FALLBACK = 'en';

/**
 * The catalogue for the reader's first language we have: an exact match (`pt-BR`), else the
 * same language (`de-AT` → `de`, `pt` → `pt_BR`). Chinese falls back to Simplified only where
 * Simplified is written: Traditional readers get English rather than the wrong script.
 */
export function pickLocale(wanted: readonly string[], available: readonly string[]): string {
  for (const tag of wanted) {
    const [language = '', ...rest] = tag.toLowerCase().split(/[-_]/);
    const full = [language, ...rest].join('-');
    const same = available.find((locale) => locale.toLowerCase().replace('_', '-') === full);
    if (same) return same;
    if (language === 'zh' && rest.some((part) => ['tw', 'hk', 'mo', 'hant'].includes(part)))
      continue;
    const sameLanguage = available.find(
      (locale) => locale.toLowerCase().split('_')[0] === language,
    );
    if (sameLanguage) return sameLanguage;
  }
  return FALLBACK;
}

/** Chrome's substitution rules: `$1`…`$9` take the substitutions, `$$` is a dollar sign. */
export function substitute(message: string, substitutions: readonly string[] = []): string {
  return message.replace(/\$(\$|[1-9])/g, (_, what: string) =>
    what === '$' ? '$' : (substitutions[Number(what) - 1] ?? ''),
  );
}

/** The slice of `browser` that `@wxt-dev/i18n` uses, over bundled catalogues. */
export function bundledBrowser(catalogues: BundledCatalogues, languages: readonly string[]) {
  const locale = pickLocale(languages, Object.keys(catalogues));
  const messages = catalogues[locale] ?? catalogues[FALLBACK] ?? {};
  return {
    i18n: {
      getMessage: (name: string, substitutions?: string | string[]) => {
        const message = name === '@@ui_locale' ? locale : messages[name];
        if (message === undefined) return '';
        return substitute(
          message,
          typeof substitutions === 'string' ? [substitutions] : substitutions,
        );
      },
      getUILanguage: () => locale.replace('_', '-'),
    },
  };
}
