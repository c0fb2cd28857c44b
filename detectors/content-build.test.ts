import { expect, test } from 'vitest';
import { DESCRIPTIVE_RULE_PROPERTIES } from '../scripts/strip-rule-examples';
import { Engine } from './engine';
import { fake } from './fake';
import { BUILT_IN_PROVIDER_NAMES } from './provider-names-data';
import { allRules } from './all-rules';
import { crc32, toBase62 } from './validators/checksum';

// The content script's build drops these properties from every rule (scripts/strip-rule-examples.ts);
// its engine must still find secrets, and the generic rule must still yield to provider rules.
test('the engine works on rules stripped the way the content script gets them', () => {
  const dropped = new Set<string>(DESCRIPTIVE_RULE_PROPERTIES);
  const stripped = allRules.map(
    (rule) =>
      Object.fromEntries(
        Object.entries(rule).filter(([name]) => !dropped.has(name)),
      ) as unknown as (typeof allRules)[number],
  );
  const engine = new Engine(stripped, BUILT_IN_PROVIDER_NAMES);
  const f = fake(31);
  const body = f.chars(30);
  const token = 'gh' + 'p_' + body + toBase62(crc32(body), 6);
  const text = `deploy with ${token} and PAYPAL_CLIENT_SECRET=${f.chars(41)}`;
  const findings = engine.scan(text);
  expect(findings.map((x) => [x.ruleId, text.slice(x.start, x.end)])).toEqual([
    ['github-personal-access-token', token],
  ]);
});
