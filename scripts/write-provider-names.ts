/**
 * Writes detectors/provider-names-data.ts from the rules. The content script's build drops each
 * rule's `provider`, so the engine cannot derive these names there at run time.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allRules } from '../detectors/all-rules';
import { providerNames } from '../detectors/provider-names';

const { words, keyNames } = providerNames(allRules);
const list = (values: Iterable<string>) =>
  [...values]
    .sort()
    .map((value) => `    '${value}',`)
    .join('\n');
const source = `// Written by \`npx tsx scripts/write-provider-names.ts\` from the rules; provider-names.test.ts
// fails when it no longer matches them.
import type { ProviderNames } from './provider-names';

export const BUILT_IN_PROVIDER_NAMES: ProviderNames = {
  words: new Set([
${list(words)}
  ]),
  keyNames: [
${list(keyNames)}
  ],
};
`;
writeFileSync(
  fileURLToPath(new URL('../detectors/provider-names-data.ts', import.meta.url)),
  source,
);
