import { describe, expect, test } from 'vitest';
import { isPlaceholder } from '../placeholder';
import type { MatchExample, Rule } from '../rule';
import { serviceRules } from './services';

const GROUPS = new Set(['payments', 'messaging', 'ai', 'saas', 'secrets-managers']);

function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

interface Span {
  start: number;
  end: number;
  secret: string;
}

/** What the engine would report for one rule alone, without overlap resolution. */
function findings(rule: Rule, text: string): Span[] {
  const lower = text.toLowerCase();
  if (!rule.keywords.some((keyword) => lower.includes(keyword))) return [];
  const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gd]/g, '') + 'gd');
  const out: Span[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const secret = m.groups?.secret ?? m[0];
    const start = m.indices?.groups?.secret?.[0] ?? m.index;
    // The engine drops documented placeholders for every rule before validating.
    if (isPlaceholder(secret)) continue;
    if (rule.validate && !rule.validate(secret)) continue;
    if (rule.minEntropy !== undefined && entropy(secret) < rule.minEntropy) continue;
    out.push({ start, end: start + secret.length, secret });
  }
  return out;
}

/** Bare tokens are also tried in the contexts people paste them in. */
function contexts(example: MatchExample): { text: string; secret: string }[] {
  if (typeof example !== 'string') return [example];
  const s = example;
  return [
    { text: s, secret: s },
    { text: `TOKEN=${s}\n`, secret: s },
    { text: `{"token": "${s}"}`, secret: s },
    { text: `config:\n  token: '${s}'\n`, secret: s },
    { text: `hey, can you try this one: ${s} thanks`, secret: s },
    { text: 'Use `' + s + '` for now.', secret: s },
    { text: '```\n' + s + '\n```', secret: s },
    { text: `curl -H "Authorization: Bearer ${s}" https://api.example.com`, secret: s },
  ];
}

describe('service rules', () => {
  test('ids are unique kebab-case, groups are ours, keywords are lower-case literals', () => {
    const ids = new Set<string>();
    for (const rule of serviceRules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(ids.has(rule.id), rule.id).toBe(false);
      ids.add(rule.id);
      expect(GROUPS.has(rule.group), rule.id).toBe(true);
      expect(rule.keywords.length, rule.id).toBeGreaterThan(0);
      for (const keyword of rule.keywords) expect(keyword, rule.id).toBe(keyword.toLowerCase());
      expect(rule.pattern.flags, rule.id).not.toMatch(/[gy]/);
    }
  });

  for (const rule of serviceRules) {
    describe(rule.id, () => {
      const { match, noMatch } = rule.examples();

      test('has examples of both kinds', () => {
        expect(match.length).toBeGreaterThanOrEqual(2);
        expect(noMatch.length).toBeGreaterThanOrEqual(2);
      });

      test('finds every match with its exact span', () => {
        for (const example of match) {
          for (const { text, secret } of contexts(example)) {
            const start = text.indexOf(secret);
            expect(start, `${rule.id}: secret not inside its text`).toBeGreaterThanOrEqual(0);
            const found = findings(rule, text).map(({ start: s, end }) => [s, end]);
            expect(found, `${rule.id} in ${JSON.stringify(text.slice(0, 60))}…`).toEqual([
              [start, start + secret.length],
            ]);
          }
        }
      });

      test('stays silent on every noMatch', () => {
        for (const example of noMatch) {
          expect(example.why.length).toBeGreaterThan(0);
          expect(findings(rule, example.text), `${rule.id}: ${example.why}`).toEqual([]);
        }
      });
    });
  }
});
