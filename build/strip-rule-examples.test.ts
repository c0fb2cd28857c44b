import { describe, expect, test } from 'vitest';
import { EXAMPLE_PROPERTIES, stripProperties, WORD_PROPERTIES } from './strip-rule-examples';

const stripExamples = (source: string) => stripProperties(source, EXAMPLE_PROPERTIES);

describe('stripProperties', () => {
  test('drops every examples property and leaves the rest alone', () => {
    const source = [
      "const a = defineRule({ id: 'a', pattern: /x{2}/, examples: () => {",
      "  const f = fake(1); return { match: ['}' + f.chars(3)], noMatch: [] };",
      '} });',
      "const b = { id: 'b', examples: () => ({ match: [`${'{'}`], noMatch: [] }), title: 'B' };",
    ].join('\n');
    const out = stripExamples(source);
    expect(out).toContain("const a = defineRule({ id: 'a', pattern: /x{2}/ });");
    expect(out).toContain("const b = { id: 'b', title: 'B' };");
    expect(out).not.toContain('fake(1)');
    expect(stripExamples('f({ examples: () => [] });')).toBe('f({  });');
  });

  test('drops the sample generators that only the examples read', () => {
    const source =
      "const r = prefixed({ id: 'x', prefix: 'x_', sample: (f) => f.chars(4), seed: 7, noMatch: () => [], body: 'y' });";
    expect(stripExamples(source)).toBe("const r = prefixed({ id: 'x', prefix: 'x_', body: 'y' });");
  });

  test('the content build drops the words a rule shows, shorthand properties included', () => {
    const source =
      "const r = (title: string) => defineRule({ id: 'x', title, provider: 'p', rotateUrl: ROTATE, pattern: /y/ });";
    expect(stripProperties(source, WORD_PROPERTIES)).toBe(
      "const r = (title: string) => defineRule({ id: 'x', pattern: /y/ });",
    );
  });
});
