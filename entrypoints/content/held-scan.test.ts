import { describe, expect, it } from 'vitest';
import { scan } from '@/detectors/guard-scan';
import { warmUpTexts } from './held-scan';

describe('the idle warm-up', () => {
  const texts = warmUpTexts();

  it('takes the scan through the generic rules’ findings, in both forms a text can take', () => {
    const [short, asPasted] = texts;
    // The same text, once as a field's value and once as a paste's text (two-byte).
    expect(asPasted).toBe(short);
    const rules = (text = '') => new Set(scan(text).map((f) => f.ruleId));
    for (const text of [short, asPasted]) {
      expect(rules(text)).toEqual(new Set(['password-assignment', 'secret-assignment']));
    }
  });

  it('scans a few kilobytes of ordinary text that raise nothing', () => {
    const long = texts.filter((text) => text.length > 5000);
    expect(long).toHaveLength(2);
    for (const text of long) expect(scan(text)).toEqual([]);
  });
});
