/**
 * SARIF 2.1.0, the format GitHub code scanning and IDEs read
 * (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html). One rule per rule id found,
 * one result per finding with `partialFingerprints` (GitHub's alert identity) and, for history,
 * the commit in the result's properties. Checked against the official schema in sarif.test.ts.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { providerName } from '../providers';
import { commitFields, type Reported } from './accept';
import type { ReportContext } from './report';

/** A location's URI: relative to the repository's root where it can be, a file URL otherwise. */
function uriOf(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split('/').map(encodeURIComponent).join('/');
}

/** `github-personal-access-token` → `GithubPersonalAccessToken`, SARIF's style for `name`. */
function pascal(id: string): string {
  return id.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

const PRECISION = { high: 'high', medium: 'medium', low: 'low' } as const;

export function sarif(found: readonly Reported[], context: ReportContext) {
  const index = new Map<string, number>();
  const rules: object[] = [];
  for (const { finding: f } of found) {
    if (index.has(f.ruleId)) continue;
    index.set(f.ruleId, rules.length);
    const rotate = f.rotateUrl ? ` Rotate it at ${f.rotateUrl}.` : '';
    const help =
      `A credential in the code or its history is exposed to everyone who can read it: revoke ` +
      `or rotate it, then remove it.${rotate}`;
    rules.push({
      id: f.ruleId,
      name: pascal(f.ruleId),
      shortDescription: { text: f.title },
      fullDescription: { text: `${f.title} (${providerName(f.provider)})` },
      ...(f.rotateUrl ? { helpUri: f.rotateUrl } : {}),
      help: { text: help },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'secret', f.group], precision: PRECISION[f.confidence] },
    });
  }
  const results = found.map((r) => {
    const f = r.finding;
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) as number,
      level: 'error',
      message: { text: `${f.title}: ${f.redacted}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(r.path) },
            region: { startLine: r.line, startColumn: r.column },
          },
        },
      ],
      partialFingerprints: { 'keywarden/v1': r.fingerprint },
      properties: {
        confidence: f.confidence,
        redacted: f.redacted,
        ...commitFields(r),
      },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'keywarden',
            semanticVersion: context.version,
            rules,
          },
        },
        invocations: [{ executionSuccessful: context.errors === 0 }],
        results,
      },
    ],
  };
}
