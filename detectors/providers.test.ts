import { expect, test } from 'vitest';
import { allRules } from './all-rules';
import { PROVIDER_NAMES, providerName } from './providers';

test('every provider a rule names has a display name, and every display name a rule', () => {
  const used = new Set<string>(allRules.map((rule) => rule.provider));
  // `user` names the findings of the user's own rules, never a built-in one.
  expect(used.has('user')).toBe(false);
  expect([...used, 'user'].sort()).toEqual(Object.keys(PROVIDER_NAMES).sort());
  for (const [id, name] of Object.entries(PROVIDER_NAMES)) {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(name.trim(), id).not.toBe('');
  }
});

test('an id this build does not know is shown as itself', () => {
  expect(providerName('github')).toBe('GitHub');
  expect(providerName('toString')).toBe('toString');
});
