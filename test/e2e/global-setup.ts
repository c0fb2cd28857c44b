import { execFileSync } from 'node:child_process';
import { ensureBrowsers } from './browsers';

/** Fresh builds for both browsers, so a spec never runs against a stale extension. */
export default function globalSetup(): void {
  ensureBrowsers();
  for (const target of [[], ['-b', 'firefox']]) {
    execFileSync('npx', ['wxt', 'build', ...target], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
