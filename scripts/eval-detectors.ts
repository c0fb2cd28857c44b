/**
 * Precision / recall / F1 of Keywarden and of secretlint (recommended preset) on the labelled
 * corpus, and the share of clean cases that raise any warning at the default confidence (what a
 * user feels on each paste). A finding is a true positive only when it overlaps a labelled span;
 * each label counts once.
 *
 * Three sets, the first being the figure to quote:
 * - blind: test/corpus/blind/, written from the providers' public formats and
 *   docs/label-policy.md by hands that never read detectors/;
 * - own: the rules' own examples in realistic snippets, plus hard negatives (test/corpus/);
 * - own, independent positives only: the own corpus's positives written from published formats.
 *
 * Run: npm run eval:detectors [-- --list]   (--list prints every miss and false alarm, redacted)
 */
import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { scan } from '../detectors/index';
import { redact } from '../detectors/redact';
import { allRules } from '../detectors/all-rules';
import { blindCorpus } from '../test/corpus/blind/index';
import { generateCorpus } from '../test/corpus/generate';

interface Span {
  start: number;
  end: number;
  provider: string;
}

interface Case {
  id: string;
  kind: 'positive' | 'negative';
  category: string;
  text: string;
  labels: Span[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

type Findings = Map<string, Span[]>;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function score(cases: Case[], found: Findings) {
  const overall: Tally = { tp: 0, fp: 0, fn: 0 };
  const byProvider = new Map<string, Tally>();
  const tally = (p: string) =>
    byProvider.get(p) ?? (byProvider.set(p, { tp: 0, fp: 0, fn: 0 }), byProvider.get(p) as Tally);
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  let negatives = 0;
  let warnedNegatives = 0;
  for (const c of cases) {
    const spans = found.get(c.id) ?? [];
    if (c.kind === 'negative') {
      negatives++;
      if (spans.length > 0) warnedNegatives++;
    }
    for (const l of c.labels) {
      const t = tally(l.provider);
      if (spans.some((s) => overlaps(s, l))) {
        t.tp++;
        overall.tp++;
      } else {
        t.fn++;
        overall.fn++;
        misses.push(`${c.id} ${l.provider} ${redact(c.text.slice(l.start, l.end))}`);
      }
    }
    for (const s of spans) {
      if (c.labels.some((l) => overlaps(s, l))) continue;
      overall.fp++;
      // A false alarm counts against the case's provider for positives, else the finder.
      tally(c.kind === 'positive' ? c.category : s.provider).fp++;
      falseAlarms.push(`${c.id} (${s.provider}) ${redact(c.text.slice(s.start, s.end))}`);
    }
  }
  return { overall, byProvider, misses, falseAlarms, negatives, warnedNegatives };
}

const metrics = (t: Tally) => {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
};
const fmt = (n: number) => n.toFixed(3);
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)} %`;

function keywardenFindings(cases: Case[]): Findings {
  const out: Findings = new Map();
  for (const c of cases)
    out.set(
      c.id,
      scan(c.text).map((f) => ({ start: f.start, end: f.end, provider: f.provider })),
    );
  return out;
}

async function secretlintFindings(cases: Case[]): Promise<Findings> {
  const out: Findings = new Map();
  const config = {
    rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }],
  };
  for (const c of cases) {
    const result = await lintSource({
      source: { content: c.text, filePath: '/virtual/case.txt', contentType: 'text' },
      options: { config, noPhysicFilePath: true },
    });
    out.set(
      c.id,
      result.messages.map((m) => ({
        start: m.range[0],
        end: m.range[1],
        provider: m.ruleId.replace('@secretlint/secretlint-rule-', ''),
      })),
    );
  }
  return out;
}

function report(name: string, cases: Case[], kw: Findings, sl: Findings, list: boolean) {
  const positives = cases.filter((c) => c.kind === 'positive').length;
  console.log(
    `\n## ${name}: ${cases.length} cases (${positives} positive, ${cases.length - positives} negative)`,
  );
  const k = score(cases, kw);
  for (const [tool, r] of [
    ['Keywarden', k],
    ['secretlint', score(cases, sl)],
  ] as const) {
    const m = metrics(r.overall);
    console.log(
      `${tool.padEnd(10)} precision ${fmt(m.p)}  recall ${fmt(m.r)}  F1 ${fmt(m.f1)}  (tp ${r.overall.tp}, fp ${r.overall.fp}, fn ${r.overall.fn})  clean cases that warn: ${pct(r.warnedNegatives, r.negatives)} (${r.warnedNegatives} of ${r.negatives})`,
    );
  }
  const limit = list ? Infinity : 15;
  if (k.misses.length)
    console.log(
      `Keywarden misses (${k.misses.length}):\n  ${k.misses.slice(0, limit).join('\n  ')}`,
    );
  if (k.falseAlarms.length)
    console.log(
      `Keywarden false alarms (${k.falseAlarms.length}):\n  ${k.falseAlarms.slice(0, limit).join('\n  ')}`,
    );
  return k;
}

async function main() {
  const list = process.argv.includes('--list');
  const blind: Case[] = blindCorpus();
  const own = generateCorpus(allRules);
  const all = [...blind, ...own];
  console.log(`${allRules.length} rules; ${blind.length} blind cases, ${own.length} own cases`);
  const kw = keywardenFindings(all);
  const sl = await secretlintFindings(all);

  const blindScore = report(
    'blind (written apart from the rules; the figure to quote)',
    blind,
    kw,
    sl,
    list,
  );
  console.log('\nblind, per provider (Keywarden P / R / F1, where not perfect)');
  for (const [p, t] of [...blindScore.byProvider].sort(([a], [b]) => a.localeCompare(b))) {
    const m = metrics(t);
    if (m.p < 1 || m.r < 1)
      console.log(
        `  ${p.padEnd(26)} ${fmt(m.p)} ${fmt(m.r)} ${fmt(m.f1)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
      );
  }
  report('own corpus (positives from the rules’ own examples)', own, kw, sl, list);
  report(
    'own corpus, independent positives + all negatives',
    own.filter((c) => c.kind === 'negative' || c.template === 'independent'),
    kw,
    sl,
    list,
  );
}

await main();
