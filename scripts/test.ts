/**
 * `npm test`: every check CI runs, in order — browsers present, types, lint, formatting, unit
 * tests, end-to-end tests in Chromium and Firefox, and Mozilla's linter on the Firefox build.
 * Every step runs even after a failure, so one run shows everything that is wrong.
 */
import { spawn } from 'node:child_process';
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
  // Errors fail. Its four warnings: the bootstrap's `import()` of the guard module, whose address
  // is the extension's own (`runtime.getURL`), and, inside dependencies, Preact's innerHTML path
  // and zod's guarded `new Function` probe (in the background and in the pages' shared chunk).
  { name: 'firefox lint', command: ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2'] },
];

try {
  ensureBrowsers();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/**
 * A failed test's heading and the first line of its error, as Vitest's and Playwright's reporters
 * print them. CI keeps only the end of a long log, where these are repeated.
 */
const FAILURE_HEADING = /^\s*(?:FAIL\s+\S.*>|\d+\) \[\w+\] › )/;
const ERROR_LINE = /^\s*(?:\w*Error\b|Expected|Received|Timed out)/;
// eslint-disable-next-line no-control-regex -- the colour codes the reporters write
const COLOUR = /\u001b\[[0-9;]*m/g;

function runStep(step: Step): Promise<{ passed: boolean; failures: string[] }> {
  const [bin, ...args] = step.command as [string, ...string[]];
  const child = spawn('npx', ['--no-install', bin, ...args], {
    stdio: ['inherit', 'pipe', 'pipe'],
  });
  const failures: string[] = [];
  let awaitingError = false;
  const watch = (output: NodeJS.ReadableStream, echo: NodeJS.WriteStream) => {
    let partial = '';
    output.on('data', (chunk: Buffer) => {
      echo.write(chunk);
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const raw of lines) {
        const line = raw.replace(COLOUR, '').trimEnd();
        if (FAILURE_HEADING.test(line)) {
          failures.push(line.trim());
          awaitingError = true;
        } else if (awaitingError && ERROR_LINE.test(line)) {
          failures.push(`    ${line.trim().slice(0, 300)}`);
          awaitingError = false;
        }
      }
    });
  };
  watch(child.stdout, process.stdout);
  watch(child.stderr, process.stderr);
  return new Promise((done) =>
    child.on('close', (status) => done({ passed: status === 0, failures })),
  );
}

const failed: { name: string; failures: string[] }[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const { passed, failures } = await runStep(step);
  if (!passed) failed.push({ name: step.name, failures: [...new Set(failures)] });
}

for (const { name, failures } of failed) {
  if (failures.length === 0) continue;
  console.log(`\n✗ ${name}:`);
  for (const line of failures.slice(0, 40)) console.log(`  ${line}`);
}
console.log(
  failed.length === 0
    ? `\nAll ${steps.length} steps passed.`
    : `\nFailed steps: ${failed.map((step) => step.name).join(', ')} (${steps.length - failed.length} of ${steps.length} passed).`,
);
process.exit(failed.length === 0 ? 0 : 1);
