/**
 * Vite plugins for the extension build: rule files keep their examples beside each pattern (the
 * shared test and the corpus read them), but the content script must stay small, so the build
 * drops every `examples` property under detectors/rules/, with the sample generators only they
 * read (no extension code calls them; the tests and the corpus read the sources). The content script's own build also drops the words a rule
 * shows to people (title, provider, rotation page): the background hands those out when a dialog
 * needs them. The TypeScript parser finds the properties, so no brace counting over source text.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const RULE_FILE = /[\\/]detectors[\\/]rules[\\/][^\\/]+\.ts$/;

/** What the background describes for the content script (see lib/rule-info.ts). */
export const DESCRIPTIVE_RULE_PROPERTIES = ['title', 'provider', 'rotateUrl'] as const;

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

/**
 * A rule's examples, and the spec fields that only its examples read (the sample generators of
 * `prefixed()` rules and their extra false examples).
 */
export const EXAMPLE_RULE_PROPERTIES = ['examples', 'sample', 'seed', 'noMatch'] as const;

export const stripExamples = (source: string, fileName?: string): string =>
  stripProperties(source, EXAMPLE_RULE_PROPERTIES, fileName);

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

export const stripRuleExamples = (): Plugin => stripRuleProperties(EXAMPLE_RULE_PROPERTIES);

/** Where published samples are printed: for the docs and the tests, not the content script. */
export const stripSampleSources = (): Plugin =>
  stripRuleProperties(['source'], /[\\/]detectors[\\/]published-samples\.ts$/);
