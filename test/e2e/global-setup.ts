import { execFileSync } from 'node:child_process';
import { ensureBrowsers } from './browsers';
import { buildEditorPages } from './editor-pages';
import { buildWarningPage } from './warning-page';

/**
 * Fresh builds for both browsers, the pseudo-locale, the editor pages and the warning page, so no
 * spec runs against stale code. The pseudo-locale is built here once rather than by the specs that
 * use it (dialog-i18n, pages-i18n): two workers building into .output/pseudo at once would race.
 */
export default async function globalSetup(): Promise<void> {
  ensureBrowsers();
  for (const target of [[], ['-b', 'firefox']]) {
    execFileSync('npx', ['wxt', 'build', ...target], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  // Never in the shipped build: it has a directory of its own.
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...process.env, KEYWARDEN_PSEUDO_LOCALE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await buildEditorPages();
  await buildWarningPage();
}
