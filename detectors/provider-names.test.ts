import { describe, expect, test } from 'vitest';
import { fake } from './fake';
import { scan } from './index';
import { namesProvider, providerNames } from './provider-names';
import { BUILT_IN_PROVIDER_NAMES } from './provider-names-data';
import { allRules } from './all-rules';

const f = fake(77);
const generic = (text: string) => scan(text).filter((x) => x.ruleId === 'secret-assignment');

describe('generic assignments yield to provider rules', () => {
  test('a value no provider rule claims under a provider name is left alone', () => {
    // 41 characters: PayPal's own rule wants 80, so this was never a PayPal secret.
    const value = f.chars(41);
    expect(generic(`PAYPAL_CLIENT_SECRET=${value}`)).toEqual([]);
    expect(generic(`paypalClientSecret: "${value}"`)).toEqual([]);
    expect(generic(`IBMCLOUD_API_KEY=${value}`)).toEqual([]);
    expect(generic(`DD_API_KEY=${value}`)).toEqual([]);
  });

  test('the same value under a name no provider owns is still flagged', () => {
    const value = f.chars(41);
    // GitHub's and Slack's rules look for token prefixes, not names: their client and signing
    // secrets are still the generic rule's.
    for (const name of [
      'SERVICE_CLIENT_SECRET',
      'CHECKBOX_TOKEN',
      'AGENT_TOKEN',
      'RENDERER_SECRET',
      'GITHUB_CLIENT_SECRET',
      'SLACK_SIGNING_SECRET',
    ]) {
      const text = `${name}=${value}`;
      expect(
        generic(text).map((x) => text.slice(x.start, x.end)),
        name,
      ).toEqual([value]);
    }
  });

  test('word matching', () => {
    const names = { words: new Set(['paypal', 'ibm', 'age', 'render']), keyNames: ['_dd_api_key'] };
    expect(namesProvider('PAYPAL_CLIENT_SECRET', names)).toBe(true);
    expect(namesProvider('ibmcloud_api_key', names)).toBe(true);
    expect(namesProvider('agent_token', names)).toBe(false);
    expect(namesProvider('renderer_secret', names)).toBe(false);
    expect(namesProvider('checkbox_token', names)).toBe(false);
    expect(namesProvider('DD_API_KEY', names)).toBe(true);
    expect(namesProvider('ddApiKey', names)).toBe(true);
    expect(namesProvider('ADD_API_KEY', names)).toBe(false);
  });
});

test('the names the engine uses are the ones the rules give (else: npx tsx scripts/write-provider-names.ts)', () => {
  const fromRules = providerNames(allRules);
  expect(BUILT_IN_PROVIDER_NAMES.words).toEqual(fromRules.words);
  expect([...BUILT_IN_PROVIDER_NAMES.keyNames].sort()).toEqual([...fromRules.keyNames].sort());
});
