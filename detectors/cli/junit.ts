/**
 * JUnit XML, the report CI systems show as tests: one failed test case per finding, or one
 * passing case when nothing is found, so that a clean run still shows up.
 */
import type { Reported } from './accept';

/**
 * Escapes for text and attribute values; characters XML 1.0 cannot hold at all (controls, lone
 * surrogates, U+FFFE/FFFF, which a file or author name may contain) become U+FFFD.
 */
export function xml(value: string | number): string {
  return String(value)
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values also keep their line breaks and tabs, which parsers otherwise turn to spaces. */
function attr(value: string | number): string {
  return xml(value).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export function junit(found: readonly Reported[]): string {
  const cases = found.map((r) => {
    const f = r.finding;
    const where = `${r.file}:${r.line}:${r.column}`;
    const detail = [
      `${f.title} (${f.ruleId}, ${f.confidence} confidence) at ${where}: ${f.redacted}`,
      ...(r.commit
        ? [`commit ${r.commit.sha} by ${r.commit.author} <${r.commit.email}> on ${r.commit.date}`]
        : []),
      `fingerprint ${r.fingerprint}`,
      ...(f.rotateUrl ? [`rotate it at ${f.rotateUrl}`] : []),
    ].join('\n');
    return (
      `    <testcase classname="${attr(r.path)}" name="${attr(`${f.ruleId} at ${where}`)}">\n` +
      `      <failure type="${attr(f.ruleId)}" message="${attr(`${f.title}: ${f.redacted}`)}">${xml(detail)}</failure>\n` +
      `    </testcase>`
    );
  });
  if (cases.length === 0)
    cases.push(`    <testcase classname="keywarden" name="no secrets found"/>`);
  const counts = `tests="${cases.length}" failures="${found.length}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="keywarden" ${counts}>`,
    `  <testsuite name="keywarden scan" ${counts} errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
