import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import {
  EXAMPLE_PROPERTIES,
  stripRuleProperties,
  stripSampleSources,
  WORD_PROPERTIES,
} from './build/strip-rule-examples';
import { pruneInlineCssTokens } from './build/prune-css-tokens';
import { pseudoLocalise } from './lib/i18n/pseudo';

/** The versions the end-to-end suite runs against (Debian's chromium and firefox-esr). */
const MIN_CHROME_VERSION = '156';
const MIN_FIREFOX_VERSION = '153.0';
export const GECKO_ID = 'keywarden@keywarden.dev';
/** The unlisted entrypoint the content script's bootstrap imports on a frame's first need. */
const GUARD_MODULE = 'content-guard';

/**
 * `KEYWARDEN_PSEUDO_LOCALE=1 wxt build` writes a build whose catalogues are all pseudo-localised
 * English (see lib/i18n/pseudo.ts), to its own directory, so it can never be the one zipped.
 */
const PSEUDO = process.env.KEYWARDEN_PSEUDO_LOCALE === '1';

/** Replaces every built catalogue by pseudo-localised English, whatever the browser's language. */
async function writePseudoLocale(outDir: string): Promise<void> {
  const locales = join(outDir, '_locales');
  const english = join(locales, 'en', 'messages.json');
  const messages = JSON.parse(await readFile(english, 'utf8')) as Record<
    string,
    { message: string }
  >;
  // `lang` names the catalogue's language for the pages' lang attribute: it stays a valid tag.
  for (const [name, entry] of Object.entries(messages)) {
    if (name !== 'lang') entry.message = pseudoLocalise(entry.message);
  }
  const text = JSON.stringify(messages, null, 2);
  for (const locale of await readdir(locales)) {
    await writeFile(join(locales, locale, 'messages.json'), text);
  }
}

/**
 * The content script's `#i18n` becomes lib/i18n/compact.ts: the same `t` without
 * @wxt-dev/i18n's argument checks and warnings. WXT's alias has already turned `#i18n` into its
 * generated module's path by the time plugins resolve, so that path is what is swapped.
 */
function compactI18n(): Plugin {
  const compact = resolve('lib/i18n/compact.ts');
  return {
    name: 'keywarden:compact-i18n',
    enforce: 'pre',
    resolveId: (id) => (/[\\/]\.wxt[\\/]i18n[\\/]index\.ts$/.test(id) ? compact : undefined),
  };
}

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  ...(PSEUDO ? { outDir: '.output/pseudo' } : {}),
  vite: () => ({ plugins: [preact(), stripRuleProperties(EXAMPLE_PROPERTIES)] }),
  hooks: {
    'build:done': async (wxt) => {
      if (PSEUDO) await writePseudoLocale(wxt.config.outDir);
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      const guardModule = entrypoints.some((entry) => entry.name === GUARD_MODULE);
      if (!guardModule && !entrypoints.some((entry) => entry.type === 'content-script')) return;
      // The content script's budget is 100 KB and the polyfill costs ~10 KB of it: the content
      // script only sends messages and watches storage, which Chrome's MV3 `chrome` and
      // Firefox's `browser` both do with promises; and it picks one only when first used, not
      // in every frame as the page starts. Every other entrypoint keeps the polyfill.
      config.resolve ??= {};
      const alias = config.resolve.alias;
      const replaced: Record<string, string> = {
        'wxt/browser': resolve('entrypoints/content/lazy-browser.ts'),
        // What @wxt-dev/i18n imports: the same pick, made as the script starts, in every frame.
        '@wxt-dev/browser': resolve('entrypoints/content/lazy-browser.ts'),
        // WXT's context can be ended by any page (see entrypoints/content/lifetime.ts).
        'wxt/utils/content-script-context': resolve('entrypoints/content/wxt-context-stub.ts'),
      };
      const own = Object.entries(replaced).map(([find, replacement]) => ({ find, replacement }));
      config.resolve.alias = Array.isArray(alias)
        ? [...own, ...alias.filter((entry: { find: unknown }) => !(String(entry.find) in replaced))]
        : { ...alias, ...replaced };
      // Terser with two compress passes makes the content script smaller than esbuild's minifier;
      // the other entrypoints have no budget and keep the faster default.
      config.build = {
        ...config.build,
        // The guard module is loaded with import() (entrypoints/content/bootstrap.ts): an ES
        // module whose default export is what its main returns, not an IIFE.
        ...(guardModule && config.build?.lib
          ? { lib: { ...config.build.lib, formats: ['es' as const] } }
          : {}),
        minify: 'terser',
        // keep_fargs: false drops unused parameters (nothing in the content script reads a
        // function's length); hoist_funs moves function declarations up, as the engine would.
        terserOptions: {
          ecma: 2020,
          compress: { passes: 2, keep_fargs: false, hoist_funs: true },
          format: { comments: false },
        },
        // Terser is most of this build's time by choice; Rolldown would warn so on every build.
        rolldownOptions: {
          ...config.build?.rolldownOptions,
          checks: { ...config.build?.rolldownOptions?.checks, bundlerTimings: false },
        },
      };
      // Rule titles and rotation pages are text the dialog asks the background for.
      config.plugins = [
        ...(config.plugins ?? []),
        stripRuleProperties(WORD_PROPERTIES),
        stripSampleSources(),
        // The warning's sheet imports every design token and reads about half of them.
        pruneInlineCssTokens(),
        compactI18n(),
      ];
    },
  },
  manifest: ({ browser }) => ({
    // From the catalogues in locales/ (see docs/translating.md).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Content scripts on http(s) pages are the guard itself; `storage` keeps the user's settings;
    // `activeTab` lets the popup read the current tab's address for "This site" (only on click);
    // `contextMenus` adds "Open in Keywarden" on one-time links (no install-time warning).
    permissions: ['storage', 'activeTab', 'contextMenus'],
    // The link server is the user's choice, so its origin is asked for when they set it.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // The toolbar tooltip, in the browser's language (the popup's HTML has no <title> for WXT to
    // put here instead). WXT fills Manifest V2's browser_action from the popup without copying
    // `action` into it, so Firefox gets its own.
    [browser === 'firefox' ? 'browser_action' : 'action']: {
      default_title: '__MSG_popup_tooltip__',
    },
    ...(browser === 'firefox'
      ? {
          // Manifest V2 has no optional_host_permissions; origins go with the other optionals.
          optional_permissions: ['http://*/*', 'https://*/*'],
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: MIN_FIREFOX_VERSION,
              // Secrets leave the browser only encrypted, to the user's own server, on their click.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          minimum_chrome_version: MIN_CHROME_VERSION,
          // Content scripts import the guard module; only at this session's dynamic URL, so a
          // page cannot fetch it at the fixed chrome-extension://<id>/ address to detect us.
          // Firefox needs no entry: its content scripts import extension files as they are.
          web_accessible_resources: [
            {
              resources: [`${GUARD_MODULE}.js`],
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
          // What an administrator may set through enterprise policy (see docs/policy.md).
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
  zip: {
    excludeSources: ['data/**', 'test-results/**', 'playwright-report/**'],
  },
});
