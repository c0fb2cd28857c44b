import { expect, test } from 'vitest';
import { EXAMPLE_PROPERTIES, WORD_PROPERTIES } from '../build/strip-rule-examples';
import { allRules } from './all-rules';
import { Engine } from './engine';
import { fake } from './fake';
import { BUILT_IN_PROVIDER_NAMES } from './provider-names-data';
import type { RuleInfo, RuleMatcher } from './rule';
import { crc32, toBase62 } from './validators/checksum';

type Stripped = (typeof EXAMPLE_PROPERTIES)[number] | (typeof WORD_PROPERTIES)[number];

// The content script's build drops these properties from every rule (build/strip-rule-examples.ts);
// its engine must still find secrets, and the generic rule must still yield to provider rules.
test('the engine works on rules stripped the way the content script gets them', () => {
  // What is left of a rule there is its matcher: the lists strip all of RuleInfo.
  const coversRuleInfo: [Exclude<keyof RuleInfo, Stripped>] extends [never] ? true : false = true;
  expect(coversRuleInfo).toBe(true);
  const dropped = new Set<string>([...EXAMPLE_PROPERTIES, ...WORD_PROPERTIES]);
  const stripped = allRules.map(
    (rule) =>
      Object.fromEntries(
        Object.entries(rule).filter(([name]) => !dropped.has(name)),
      ) as unknown as RuleMatcher,
  );
  const engine = new Engine(stripped, BUILT_IN_PROVIDER_NAMES);
  const f = fake(31);
  const body = f.chars(30);
  const token = 'gh' + 'p_' + body + toBase62(crc32(body), 6);
  const text = `deploy with ${token} and PAYPAL_CLIENT_SECRET=${f.chars(41)}`;
  const findings = engine.scan(text);
  expect(findings.map((x) => [x.ruleId, x.title, text.slice(x.start, x.end)])).toEqual([
    ['github-personal-access-token', '', token],
  ]);
});
