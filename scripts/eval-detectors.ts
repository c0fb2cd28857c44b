/**
 * Precision / recall / F1 of Keywarden and of secretlint (recommended preset) on the labelled
 * corpus. A finding is a true positive only when it overlaps a labelled span; each label counts
 * once. Run: npx tsx scripts/eval-detectors.ts
 */
import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { scan } from '../detectors/index';
import { allRules } from '../detectors/rules';
import { generateCorpus, type CorpusCase } from '../test/corpus/generate';

interface Span {
  start: number;
  end: number;
  provider: string;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function score(cases: CorpusCase[], found: Map<string, Span[]>) {
  const overall: Tally = { tp: 0, fp: 0, fn: 0 };
  const byProvider = new Map<string, Tally>();
  const tally = (p: string) =>
    byProvider.get(p) ?? (byProvider.set(p, { tp: 0, fp: 0, fn: 0 }), byProvider.get(p) as Tally);
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const c of cases) {
    const spans = found.get(c.id) ?? [];
    for (const l of c.labels) {
      const hit = spans.some((s) => overlaps(s, l));
      const t = tally(l.provider);
      if (hit) {
        t.tp++;
        overall.tp++;
      } else {
        t.fn++;
        overall.fn++;
        misses.push(c.id);
      }
    }
    for (const s of spans) {
      if (c.labels.some((l) => overlaps(s, l))) continue;
      overall.fp++;
      // Attribute a false alarm to the case's provider for positives, else to the finder.
      tally(c.kind === 'positive' ? c.category : s.provider).fp++;
      falseAlarms.push(`${c.id} (${s.provider})`);
    }
  }
  return { overall, byProvider, misses, falseAlarms };
}

const metrics = (t: Tally) => {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
};
const fmt = (n: number) => n.toFixed(3);

async function secretlintFindings(cases: CorpusCase[]): Promise<Map<string, Span[]>> {
  const out = new Map<string, Span[]>();
  for (const c of cases) {
    const result = await lintSource({
      source: { content: c.text, filePath: '/virtual/case.txt', contentType: 'text' },
      options: {
        config: {
          rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }],
        },
        noPhysicFilePath: true,
      },
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

async function main() {
  const cases = generateCorpus(allRules);
  const positives = cases.filter((c) => c.kind === 'positive').length;
  console.log(
    `corpus: ${cases.length} cases (${positives} positive, ${cases.length - positives} negative), ${allRules.length} rules`,
  );

  const kw = new Map<string, Span[]>();
  for (const c of cases)
    kw.set(
      c.id,
      scan(c.text).map((f) => ({ start: f.start, end: f.end, provider: f.provider })),
    );
  const sl = await secretlintFindings(cases);

  const k = score(cases, kw);
  const s = score(cases, sl);

  console.log('\nper provider (Keywarden P/R/F1 | secretlint R)');
  const providers = [...new Set([...k.byProvider.keys()])].sort();
  for (const p of providers) {
    const km = metrics(k.byProvider.get(p) as Tally);
    const st = s.byProvider.get(p);
    const sr = st ? metrics(st).r : NaN;
    console.log(
      `  ${p.padEnd(26)} ${fmt(km.p)} ${fmt(km.r)} ${fmt(km.f1)} | ${Number.isNaN(sr) ? '  -  ' : fmt(sr)}`,
    );
  }
  for (const [name, r] of [
    ['Keywarden', k],
    ['secretlint', s],
  ] as const) {
    const m = metrics(r.overall);
    console.log(
      `\n${name.padEnd(10)} overall: precision ${fmt(m.p)}  recall ${fmt(m.r)}  F1 ${fmt(m.f1)}  (tp ${r.overall.tp}, fp ${r.overall.fp}, fn ${r.overall.fn})`,
    );
  }
  // The subset whose positives were written from published formats, not from rule examples.
  const independent = cases.filter((c) => c.template === 'independent' || c.kind === 'negative');
  const ki = score(independent, kw);
  const si = score(independent, sl);
  for (const [name, r] of [
    ['Keywarden', ki],
    ['secretlint', si],
  ] as const) {
    const m = metrics(r.overall);
    console.log(
      `${name.padEnd(10)} independent positives + all negatives: precision ${fmt(m.p)}  recall ${fmt(m.r)}  F1 ${fmt(m.f1)}  (tp ${r.overall.tp}, fp ${r.overall.fp}, fn ${r.overall.fn})`,
    );
  }
  if (ki.misses.length)
    console.log(`Keywarden independent misses: ${ki.misses.slice(0, 30).join(', ')}`);
  if (k.misses.length)
    console.log(`\nKeywarden misses (${k.misses.length}): ${k.misses.slice(0, 40).join(', ')}`);
  if (k.falseAlarms.length)
    console.log(
      `Keywarden false alarms (${k.falseAlarms.length}): ${k.falseAlarms.slice(0, 40).join(', ')}`,
    );
}

await main();
