import { defineConfig } from '@playwright/test';
import type { BrowserKind } from './test/e2e/extension-browser';

export default defineConfig<object, { browserKind: BrowserKind }>({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  // One browser per worker; two workers keep both cores busy without starving the browsers.
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  projects: [
    { name: 'chromium', use: { browserKind: 'chromium' }, grepInvert: /@firefox-only/ },
    // Firefox runs the flows that can differ by browser, tagged @firefox in their titles.
    { name: 'firefox', use: { browserKind: 'firefox' }, grep: /@firefox/ },
  ],
});
