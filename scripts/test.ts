/**
 * `npm test`: every check CI runs, in order — browsers present, types, lint, formatting, unit
 * tests, end-to-end tests in Chromium and Firefox, and Mozilla's linter on the Firefox build.
 * Every step runs even after a failure, so one run shows everything that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { ensureBrowsers } from '../test/e2e/browsers';

interface Step {
  name: string;
  command: string[];
}

const steps: Step[] = [
  { name: 'types', command: ['tsc', '--noEmit'] },
  { name: 'lint', command: ['eslint', '.'] },
  { name: 'format', command: ['prettier', '--check', '.'] },
  { name: 'unit', command: ['vitest', 'run'] },
  // Builds both browsers' extensions in its global setup.
  { name: 'e2e', command: ['playwright', 'test'] },
  // Errors fail; the two warnings it raises come from Preact's innerHTML path and zod's
  // guarded `new Function` probe, both inside dependencies.
  { name: 'firefox lint', command: ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2'] },
];

try {
  ensureBrowsers();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const failed: string[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const [bin, ...args] = step.command as [string, ...string[]];
  const result = spawnSync('npx', ['--no-install', bin, ...args], { stdio: 'inherit' });
  if (result.status !== 0) failed.push(step.name);
}

console.log(
  failed.length === 0
    ? `\nAll ${steps.length} steps passed.`
    : `\nFailed steps: ${failed.join(', ')} (${steps.length - failed.length} of ${steps.length} passed).`,
);
process.exit(failed.length === 0 ? 0 : 1);
