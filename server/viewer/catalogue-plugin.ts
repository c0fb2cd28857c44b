import { readdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import type { BundledCatalogues } from '../../lib/i18n/bundled';
import { pseudoLocalise } from '../../lib/i18n/pseudo';

const NAMESPACE = 'keywarden-catalogues';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const LOCALES_DIR = join(root, 'locales');

/** Every catalogue in `locales/`, as `_locales` would hold it: locale → message name → text. */
export async function readCatalogues(
  keep: (key: string) => boolean = () => true,
): Promise<BundledCatalogues> {
  const { parseMessagesFile, generateChromeMessages } = await import('@wxt-dev/i18n/build');
  const catalogues: BundledCatalogues = {};
  for (const file of (await readdir(LOCALES_DIR)).filter((name) => name.endsWith('.yml'))) {
    const messages = (await parseMessagesFile(join(LOCALES_DIR, file))).filter((message) =>
      keep(message.key.join('.')),
    );
    const chrome = generateChromeMessages(messages) as Record<string, { message: string }>;
    catalogues[basename(file, extname(file))] = Object.fromEntries(
      Object.entries(chrome).map(([name, { message }]) => [name, message]),
    );
  }
  return catalogues;
}

/**
 * Makes `#i18n` work in a page bundled by esbuild outside the extension: `@wxt-dev/browser`
 * becomes `bundledBrowser` over the catalogues' `keep` keys, for the reader's languages. With
 * `pseudo`, the pseudo-localised English is added as `en_XA` (test pages only).
 */
export function bundledCatalogues(options: {
  keep: (key: string) => boolean;
  pseudo?: boolean;
}): Plugin {
  return {
    name: 'keywarden-catalogues',
    setup(build) {
      // What WXT generates as .wxt/i18n/index.ts, minus its types, so a server install needs no WXT.
      build.onResolve({ filter: /^#i18n$/ }, () => ({ path: 'i18n', namespace: NAMESPACE }));
      build.onLoad({ filter: /^i18n$/, namespace: NAMESPACE }, () => ({
        contents: `import { createI18n } from '@wxt-dev/i18n'; export const i18n = createI18n();`,
        loader: 'js',
        resolveDir: root,
      }));
      build.onResolve({ filter: /^@wxt-dev\/browser$/ }, () => ({
        path: 'browser',
        namespace: NAMESPACE,
      }));
      build.onLoad({ filter: /^browser$/, namespace: NAMESPACE }, async () => {
        const catalogues = await readCatalogues(options.keep);
        if (options.pseudo && catalogues.en) {
          catalogues.en_XA = Object.fromEntries(
            Object.entries(catalogues.en).map(([name, text]) => [name, pseudoLocalise(text)]),
          );
        }
        const bundled = JSON.stringify(join(root, 'lib', 'i18n', 'bundled.ts'));
        return {
          contents: `import { bundledBrowser } from ${bundled};
export const browser = bundledBrowser(${JSON.stringify(catalogues)}, navigator.languages);`,
          loader: 'js',
          resolveDir: root,
        };
      });
    },
  };
}
