/**
 * Guards against super-linear patterns: every rule is fed adversarial input of size N and 4N
 * built from its own keywords and alphabet, and the time must grow roughly linearly. Quadratic
 * growth would be 16x; the bar is 10x (with an absolute floor) so a busy machine does not flake.
 */
import { describe, expect, test } from 'vitest';
import type { Rule } from './rule';
import { scan } from './index';
import { allRules } from './all-rules';

const N = 25_000;

function adversarial(rule: Rule, size: number): string[] {
  const kw = rule.keywords[0] ?? 'key';
  const upper = kw.toUpperCase();
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return [
    fill(kw),
    fill(upper),
    kw + fill('A'),
    upper + '_' + fill('a1'),
    fill(`${kw}=${'x1'.repeat(40)} `),
    fill(`${upper}: "${'Ab9+/'.repeat(10)}`),
    fill(`${kw}://u:p@`),
    fill('-----BEGIN RSA ' + 'PRIVATE KEY-----\n'),
    fill('eyJhbGciOi.'),
  ];
}

/** Milliseconds of CPU this process used: time other processes take on a shared machine is not ours. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function timeAll(re: RegExp, inputs: string[]): number {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const t0 = cpuMs();
    for (const input of inputs) {
      re.lastIndex = 0;
      for (let m = re.exec(input); m; m = re.exec(input)) if (m[0].length === 0) re.lastIndex++;
    }
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

describe('patterns run in linear time', () => {
  test.each(allRules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '') + 'g');
    const small = timeAll(re, adversarial(rule, N));
    const large = timeAll(re, adversarial(rule, 8 * N));
    // Below 25 ms for 8N the measurement is noise. Linear growth is 8x and quadratic 64x; the
    // bound sits far from both, so a busy machine cannot tip a linear pattern over it.
    if (large > 25)
      expect(
        large / Math.max(small, 0.5),
        `${rule.id}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`,
      ).toBeLessThan(24);
  });
});

describe('the decoding layer reads the text once', () => {
  // A source map's sourcesContent: one JSON string far longer than a decoded region, full of
  // escaped quotes. Each escaped quote once started another attempt that read on to the limit.
  const sourceMap = (size: number) =>
    `{"version":3,"sourcesContent":["${'const s = \\"a\\";\\n'.repeat(size / 18)}"]}`;

  test('a long JSON string full of escaped quotes', () => {
    const time = (text: string) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = cpuMs();
        scan(text);
        best = Math.min(best, cpuMs() - t0);
      }
      return best;
    };
    const small = time(sourceMap(N * 4));
    const large = time(sourceMap(N * 32));
    if (large > 25)
      expect(
        large / Math.max(small, 0.5),
        `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`,
      ).toBeLessThan(24);
  });
});
