import { execFileSync } from 'node:child_process';
import { ensureBrowsers } from './browsers';
import { buildEditorPages } from './editor-pages';

/** Fresh builds for both browsers and the editor pages, so no spec runs against stale code. */
export default async function globalSetup(): Promise<void> {
  ensureBrowsers();
  for (const target of [[], ['-b', 'firefox']]) {
    execFileSync('npx', ['wxt', 'build', ...target], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  await buildEditorPages();
}
