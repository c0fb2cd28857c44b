import { expect, test } from 'vitest';
import { allRules } from '../../detectors/all-rules';
import { generateCorpus } from './generate';

test('the corpus is large, labelled exactly and deterministic', () => {
  const cases = generateCorpus(allRules);
  expect(cases.length).toBeGreaterThanOrEqual(2000);
  expect(cases.filter((c) => c.kind === 'negative').length).toBeGreaterThanOrEqual(800);
  for (const c of cases) {
    for (const l of c.labels) {
      expect(l.start).toBeGreaterThanOrEqual(0);
      expect(l.end).toBeLessThanOrEqual(c.text.length);
      expect(l.end).toBeGreaterThan(l.start);
    }
  }
  const again = generateCorpus(allRules);
  expect(again.map((c) => c.text)).toEqual(cases.map((c) => c.text));
});
