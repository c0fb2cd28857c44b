/**
 * Worker thread of `npm run eval:wild` for secretlint: each batch of files through `lintSource`
 * with the recommended preset, configured as scripts/eval-detectors.ts does.
 */
import { readFileSync } from 'node:fs';
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { serveBatches } from '../detectors/cli/pool';

/** One secretlint message: string offsets of its span, like a Keywarden finding's. */
export interface SecretlintAlarm {
  rule: string;
  start: number;
  end: number;
}

/** Per file: its alarms, or null when it could not be read or linted. */
export type SecretlintReport = SecretlintAlarm[] | null;

// secretlint's own CLI switches its profiler off unless --profile is given (its performance
// marks and entries pile up without end in a long-lived thread); @secretlint/core, which we call
// directly, leaves it on. The package comes with @secretlint/core.
secretLintProfiler.setEnabled(false);

const config = {
  rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }],
};

serveBatches<string[], SecretlintReport[]>(async (files) => {
  const out: SecretlintReport[] = [];
  for (const file of files) {
    try {
      const content = readFileSync(file, 'utf8');
      const result = await lintSource({
        source: { content, filePath: file, contentType: 'text' },
        options: { config, noPhysicFilePath: true },
      });
      out.push(
        result.messages.map((m) => ({
          rule: m.ruleId.replace('@secretlint/secretlint-rule-', ''),
          start: m.range[0],
          end: m.range[1],
        })),
      );
    } catch {
      // One file secretlint cannot read or lint must not end the whole run.
      out.push(null);
    }
  }
  return out;
});
