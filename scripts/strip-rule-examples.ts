/**
 * Vite plugin for the extension build: rule files keep their examples beside each pattern (the
 * shared test and the corpus read them), but the content script must stay small, so the build
 * swaps every `examples` initializer under detectors/rules/ for an empty list. The TypeScript
 * parser finds them, so no brace counting over source text.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const RULE_FILE = /[\\/]detectors[\\/]rules[\\/][^\\/]+\.ts$/;
const EMPTY_EXAMPLES = '() => ({ match: [], noMatch: [] })';

export function stripExamples(source: string, fileName = 'rule.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const spans: { start: number; end: number }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'examples'
    ) {
      spans.push({ start: node.initializer.getStart(file), end: node.initializer.getEnd() });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const { start, end } of spans.reverse()) {
    out = out.slice(0, start) + EMPTY_EXAMPLES + out.slice(end);
  }
  return out;
}

export function stripRuleExamples(): Plugin {
  return {
    name: 'keywarden:strip-rule-examples',
    enforce: 'pre',
    transform(code, id) {
      if (!RULE_FILE.test(id) || id.endsWith('.test.ts')) return undefined;
      return { code: stripExamples(code, id), map: null };
    },
  };
}
