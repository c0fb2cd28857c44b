import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { scan } from './index';

const ROOT = join(import.meta.dirname, '..');

test('the repository holds no credential-shaped text', () => {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(
      (f) =>
        f &&
        !f.startsWith('node_modules/') &&
        !/\.(png|jpe?g|gif|ico|webp|woff2?|zip|sqlite|db)$/i.test(f),
    );
  const hits: string[] = [];
  for (const file of files) {
    const path = join(ROOT, file);
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      continue; // deleted in the working tree
    }
    if (size > 2_000_000) continue;
    const text = readFileSync(path, 'utf8');
    if (text.includes('\u0000')) continue;
    for (const f of scan(text)) hits.push(`${file}:${f.start} ${f.ruleId} ${f.redacted}`);
  }
  expect(hits).toEqual([]);
});
