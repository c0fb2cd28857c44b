/**
 * Vite plugins that strip a rule's `RuleInfo` (detectors/rule.ts) from the extension's builds:
 * rule files keep their examples beside each pattern (the shared test and the corpus read them),
 * but no extension code reads them, so every build drops them; the content script must stay
 * small, so its build also drops the words a rule shows to people, which the background hands
 * out when a dialog needs them (lib/rule-info.ts). The TypeScript parser finds the properties,
 * so no brace counting over source text.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';
import type { RuleInfo } from '../detectors/rule';

const RULE_FILE = /[\\/]detectors[\\/]rules[\\/][^\\/]+\.ts$/;

/** A rule's examples, and the fields of a `prefixed()` spec that only its examples read. */
export const EXAMPLE_PROPERTIES = ['examples', 'sample', 'seed', 'noMatch'] as const;

/** What the content script's build strips besides: the rest of `RuleInfo`. */
export const WORD_PROPERTIES = [
  'title',
  'provider',
  'rotateUrl',
] as const satisfies readonly (keyof RuleInfo)[];

/** Removes every object-literal property named in `names` (with its separating comma). */
export function stripProperties(
  source: string,
  names: readonly string[],
  fileName = 'rule.ts',
): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const spans: { start: number; end: number }[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      ts.isIdentifier(node.name) &&
      names.includes(node.name.text) &&
      ts.isObjectLiteralExpression(node.parent)
    ) {
      const siblings = node.parent.properties;
      const index = siblings.indexOf(node);
      const next = siblings[index + 1];
      const previous = siblings[index - 1];
      if (next) spans.push({ start: node.getStart(file), end: next.getStart(file) });
      else if (previous) spans.push({ start: previous.getEnd(), end: node.getEnd() });
      else spans.push({ start: node.getStart(file), end: node.getEnd() });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // Spans are collected in source order and never nest, so cutting from the end keeps offsets.
  let out = source;
  for (const { start, end } of spans.reverse()) out = out.slice(0, start) + out.slice(end);
  return out;
}

/** Drops the named properties from every rule file (or `files`) the build reads. */
export function stripRuleProperties(names: readonly string[], files = RULE_FILE): Plugin {
  return {
    name: `keywarden:strip-rule-${names.join('-')}`,
    enforce: 'pre',
    transform(code, id) {
      if (!files.test(id) || id.endsWith('.test.ts')) return undefined;
      return { code: stripProperties(code, names, id), map: null };
    },
  };
}

/** Where published samples are printed: for the docs and the tests, not the content script. */
export const stripSampleSources = (): Plugin =>
  stripRuleProperties(['source'], /[\\/]detectors[\\/]published-samples\.ts$/);
