import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import {
  DESCRIPTIVE_RULE_PROPERTIES,
  stripRuleExamples,
  stripRuleProperties,
  stripSampleSources,
} from './scripts/strip-rule-examples';

/** The versions the end-to-end suite runs against (Debian's chromium and firefox-esr). */
const MIN_CHROME_VERSION = '156';
const MIN_FIREFOX_VERSION = '153.0';
export const GECKO_ID = 'keywarden@keywarden.dev';
/** The unlisted entrypoint the content script's bootstrap imports on a frame's first need. */
const GUARD_MODULE = 'content-guard';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), stripRuleExamples()] }),
  hooks: {
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
        // WXT's context can be ended by any page (see entrypoints/content/lifetime.ts).
        'wxt/utils/content-script-context': resolve('entrypoints/content/wxt-context-stub.ts'),
      };
      const own = Object.entries(replaced).map(([find, replacement]) => ({ find, replacement }));
      config.resolve.alias = Array.isArray(alias)
        ? [...own, ...alias.filter((entry: { find: unknown }) => !(String(entry.find) in replaced))]
        : { ...alias, ...replaced };
      // Terser with two compress passes makes the content script 2.4 KB smaller than esbuild's
      // minifier; the other entrypoints have no budget and keep the faster default.
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
      // Rule titles and rotation pages are ~20 KB of text the dialog asks the background for.
      config.plugins = [
        ...(config.plugins ?? []),
        stripRuleProperties(DESCRIPTIVE_RULE_PROPERTIES),
        stripSampleSources(),
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Keywarden',
    description:
      'Warns before an API key is pasted into chat, mail or an AI prompt, and swaps it for a one-time encrypted link.',
    // Content scripts on http(s) pages are the guard itself; `storage` keeps the user's settings;
    // `activeTab` lets the popup read the current tab's address for "This site" (only on click).
    permissions: ['storage', 'activeTab'],
    // The link server is the user's choice, so its origin is asked for when they set it.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Keywarden' },
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
          // What an administrator may set through enterprise policy (see README, Managed policy).
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
  zip: {
    excludeSources: ['data/**', 'test-results/**', 'playwright-report/**'],
  },
});
