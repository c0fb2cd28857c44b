/**
 * Throughput of Keywarden's scan against secretlint (recommended preset) on the same mixed text
 * (chat, code, JSON, logs) at 1 KB, 10 KB, 1 MB and 10 MB, the median time to decide a 10 KB
 * paste, and peak memory against input size. Prints figures and ratios; asserts nothing.
 * Run: npx tsx scripts/bench-detectors.ts
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { fake } from '../detectors/fake';
import { scan } from '../detectors/index';

const f = fake(4242);

const CHUNKS: (() => string)[] = [
  () =>
    `hey, did the deploy go out? the token refresh job failed again around ${f.int(1, 12)}pm, I think the password rotation broke it\n`,
  () =>
    `const user = await db.users.findOne({ id: req.params.id });\nif (!user) return res.status(404).json({ error: 'not found' });\n`,
  () =>
    `{"id": "${f.chars(8, 'hexLower')}-${f.chars(4, 'hexLower')}", "name": "item-${f.int(1, 999)}", "tags": ["a", "b"], "price": ${f.int(1, 500)}.99}\n`,
  () =>
    `2025-03-0${f.int(1, 9)}T12:${f.int(10, 59)}:${f.int(10, 59)}Z INFO http GET /api/v1/items?page=${f.int(1, 50)} 200 ${f.int(2, 90)}ms trace=${f.chars(16, 'hexLower')}\n`,
  () =>
    `def handler(event, context):\n    secret_name = os.environ["SECRET_NAME"]\n    return {"statusCode": 200}\n`,
  () => `- name: Build\n  run: npm ci && npm run build\n  env:\n    NODE_ENV: production\n`,
];

function mixedText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const chunk = (CHUNKS[f.int(0, CHUNKS.length - 1)] as () => string)();
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('').slice(0, bytes);
}

async function secretlint(text: string): Promise<number> {
  const r = await lintSource({
    source: { content: text, filePath: '/virtual/bench.txt', contentType: 'text' },
    options: {
      config: {
        rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }],
      },
      noPhysicFilePath: true,
    },
  });
  return r.messages.length;
}

/** Median time of `runs` calls after one untimed warm-up: robust on a shared machine. */
async function median(fn: () => unknown, runs: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

async function main() {
  scan('warm up ghp_ token password=abc'); // build the engine outside the timings
  console.log('size      keywarden MB/s   secretlint MB/s   ratio');
  for (const [label, bytes] of [
    ['1 KB', 1e3],
    ['10 KB', 1e4],
    ['1 MB', 1e6],
    ['10 MB', 1e7],
  ] as const) {
    const text = mixedText(bytes);
    const runs = bytes >= 1e7 ? 5 : bytes >= 1e6 ? 9 : 51;
    const k = await median(() => scan(text), runs);
    const s = await median(() => secretlint(text), runs);
    console.log(
      `${label.padEnd(8)}  ${mbps(bytes, k).toFixed(1).padStart(12)}   ${mbps(bytes, s).toFixed(1).padStart(14)}   ${(s / k).toFixed(1)}x`,
    );
  }

  const paste = mixedText(1e4);
  const samples: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    scan(paste);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `\n10 KB paste decide time: median ${(samples[250] as number).toFixed(3)} ms, p95 ${(samples[475] as number).toFixed(3)} ms`,
  );

  // Peak memory is measured in a fresh child process per size: maxRSS only ever grows, so the
  // difference before and after one scan is the scan's true peak, whatever the GC did meanwhile.
  for (const bytes of [1e6, 1e7]) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--memory', String(bytes)],
      {
        encoding: 'utf8',
      },
    );
    const m = JSON.parse(child.stdout.trim().split('\n').pop() as string) as {
      peak: number;
      input: number;
      ms: number;
    };
    console.log(
      `peak extra RSS for ${bytes / 1e6} MB: ${(m.peak / 1e6).toFixed(1)} MB = ${(m.peak / m.input).toFixed(2)}x input (scan ${m.ms.toFixed(0)} ms)`,
    );
  }
}

/** Child mode: one scan of `bytes` of text, reporting the rise in peak RSS. */
function memoryChild(bytes: number): void {
  const text = mixedText(bytes);
  scan('warm up ghp_ token password=abc');
  // One byte per character: the text is ASCII, which V8 stores one byte a character.
  const input = text.length;
  const before = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  scan(text);
  const ms = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS * 1024 - before;
  console.log(JSON.stringify({ peak, input, ms }));
}

const memoryArg = process.argv.indexOf('--memory');
if (memoryArg >= 0) memoryChild(Number(process.argv[memoryArg + 1]));
else await main();
