import { describe, expect, test } from 'vitest';
import { stripExamples } from './strip-rule-examples';

describe('stripExamples', () => {
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
});
