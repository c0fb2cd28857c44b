import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { stripRuleExamples } from './scripts/strip-rule-examples';

/** The versions the end-to-end suite runs against (Debian's chromium and firefox-esr). */
const MIN_CHROME_VERSION = '156';
const MIN_FIREFOX_VERSION = '153.0';
export const GECKO_ID = 'keywarden@keywarden.dev';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), stripRuleExamples()] }),
  manifest: ({ browser }) => ({
    name: 'Keywarden',
    description:
      'Warns before an API key is pasted into chat, mail or an AI prompt, and swaps it for a one-time encrypted link.',
    // Content scripts on http(s) pages are the guard itself; `storage` keeps the user's settings.
    permissions: ['storage'],
    action: { default_title: 'Keywarden' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: MIN_FIREFOX_VERSION,
              // Secrets leave the browser only encrypted, to the user's own server, on their click.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: MIN_CHROME_VERSION }),
  }),
  zip: {
    excludeSources: ['data/**', 'test-results/**', 'playwright-report/**'],
  },
});
