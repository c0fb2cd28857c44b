import { describe, expect, test } from 'vitest';
import { allRules } from '@/detectors/all-rules';
import { describeRules } from './rule-info';

describe('describeRules', () => {
  test('gives the title and rotation page of each known rule and skips unknown ids', () => {
    const rule = allRules.find((r) => r.rotateUrl);
    if (!rule) throw new Error('expected a rule with a rotation page');
    const described = describeRules([rule.id, 'no-such-rule', '__proto__']);
    expect(described).toEqual({ [rule.id]: { title: rule.title, rotateUrl: rule.rotateUrl } });
  });
});
