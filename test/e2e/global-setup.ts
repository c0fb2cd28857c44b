import { execFileSync } from 'node:child_process';
import { ensureBrowsers } from './browsers';
import { buildEditorPages } from './editor-pages';
import { buildWarningPage } from './warning-page';

/** Fresh builds for both browsers, the editor pages and the warning page, so no spec runs against stale code. */
export default async function globalSetup(): Promise<void> {
  ensureBrowsers();
  for (const target of [[], ['-b', 'firefox']]) {
    execFileSync('npx', ['wxt', 'build', ...target], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  await buildEditorPages();
  await buildWarningPage();
}
