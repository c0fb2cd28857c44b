import { describe, expect, test } from 'vitest';
import { allRules } from './all-rules';
import { Engine } from './engine';
import { scan } from './index';
import { BUILT_IN_PROVIDER_NAMES } from './provider-names-data';
import type { MatchExample, Rule, RuleGroup } from './rule';

interface Wrapped {
  context: string;
  text: string;
  /** The secret as it appears in `text` (escaped or indented). */
  inText: string;
}

/** The context matrix every bare example must survive. */
export function contexts(secret: string): Wrapped[] {
  const multiline = secret.includes('\n');
  const json = JSON.stringify(secret).slice(1, -1);
  const out: Wrapped[] = [
    { context: 'env', text: multiline ? `KEY="${secret}"\n` : `KEY=${secret}\n`, inText: secret },
    { context: 'json', text: `{"key": "${json}", "n": 1}`, inText: json },
    // Under a name the generic rules know: the provider's rule still wins the span.
    { context: 'env-token', text: `TOKEN=${multiline ? `"${secret}"` : secret}\n`, inText: secret },
    { context: 'json-token', text: `{"token": "${json}"}`, inText: json },
    { context: 'chat', text: `hey, here you go ${secret} — keep it safe please`, inText: secret },
    { context: 'markdown', text: 'Try this:\n\n```\n' + secret + '\n```\n', inText: secret },
  ];
  if (multiline) {
    const indented = secret
      .split('\n')
      .map((l) => '    ' + l)
      .join('\n');
    out.push({
      context: 'yaml',
      text: `data:\n  key: |\n${indented}\n  other: 1\n`,
      inText: indented.slice(4),
    });
  } else {
    out.push(
      { context: 'yaml', text: `config:\n  key: ${secret}\n  other: 1\n`, inText: secret },
      { context: 'yaml-quoted', text: `config:\n  token: '${secret}'\n`, inText: secret },
      { context: 'inline-code', text: 'Use `' + secret + '` for now.', inText: secret },
      {
        context: 'curl',
        text: `curl -H "X-Key: ${secret}" https://api.example.net/v1/items`,
        inText: secret,
      },
      {
        context: 'curl-bearer',
        text: `curl -H "Authorization: Bearer ${secret}" https://api.example.com`,
        inText: secret,
      },
    );
  }
  return out;
}

/**
 * Found at exactly `secret`'s place by the full scan, under this rule's id; and by the rule
 * alone, with nothing else: other rules must not hide a stray match of its own.
 */
function expectFound(rule: Rule, text: string, secret: string, label: string) {
  const start = text.indexOf(secret);
  expect(start, `${label}: secret not in text`).toBeGreaterThanOrEqual(0);
  const findings = scan(text);
  const hit = findings.find((f) => f.start === start && f.end === start + secret.length);
  expect(
    hit,
    `${rule.id} (${label}) found ${JSON.stringify(findings.map((f) => [f.ruleId, f.start, f.end]))}, wanted [${start}, ${start + secret.length}]`,
  ).toBeDefined();
  expect(hit?.ruleId, `${rule.id} (${label})`).toBe(rule.id);
  const own = alone(rule)
    .scan(text)
    .map((f) => [f.start, f.end]);
  expect(own, `${rule.id} alone (${label})`).toEqual([[start, start + secret.length]]);
}

const engines = new Map<Rule, Engine>();
/** An engine with this one rule. */
const alone = (rule: Rule) => {
  let engine = engines.get(rule);
  if (!engine) engines.set(rule, (engine = new Engine([rule], BUILT_IN_PROVIDER_NAMES)));
  return engine;
};

/** The service groups' rules came with at least two examples of each kind; they keep them. */
const MIN_EXAMPLES: Partial<Record<RuleGroup, number>> = {
  payments: 2,
  messaging: 2,
  ai: 2,
  saas: 2,
  'secrets-managers': 2,
};

const exampleText = (m: MatchExample) => (typeof m === 'string' ? { text: m, secret: m } : m);

// Over the engine's whole-text limit, so rules search windows around keyword hits; the lines
// carry common keywords, so windows of other hits run into the example.
const FILLER = Array.from(
  { length: 200 },
  (_, i) =>
    `line ${i}: the token refresh job failed, the password rotation and the secret store are next\n`,
).join('');

describe.each(allRules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  const examples = rule.examples();

  test('has examples of both kinds', () => {
    const least = MIN_EXAMPLES[rule.group] ?? 1;
    expect(examples.match.length).toBeGreaterThanOrEqual(least);
    expect(examples.noMatch.length).toBeGreaterThanOrEqual(least);
  });

  test('every match is found with its exact span', () => {
    for (const m of examples.match) {
      const { text, secret } = exampleText(m);
      expectFound(rule, text, secret, 'as given');
    }
  });

  test('every match is found inside a large text, where the engine searches windows', () => {
    for (const m of examples.match) {
      const { text, secret } = exampleText(m);
      expectFound(rule, `${FILLER}${text}\n${FILLER}`, secret, 'in a large text');
    }
  });

  test('bare matches are found in every context', () => {
    for (const m of examples.match) {
      if (typeof m !== 'string') continue;
      for (const c of contexts(m)) expectFound(rule, c.text, c.inText, c.context);
    }
  });

  test('every noMatch is silent', () => {
    // Silent for this rule; a generic rule may still (rightly) flag a random value by its name.
    for (const n of examples.noMatch) {
      const found = scan(n.text).filter((f) => f.ruleId === rule.id);
      expect(found, `${rule.id} noMatch (${n.why})`).toEqual([]);
      expect(alone(rule).scan(n.text), `${rule.id} alone, noMatch (${n.why})`).toEqual([]);
    }
  });
});
