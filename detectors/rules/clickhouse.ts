import { prefixed } from './rule-parts';

// "4b1d" + 38 base62: ClickHouse Cloud API key secrets (the key id is a separate, public value).
// https://clickhouse.com/docs/cloud/manage/openapi
export const clickhouseRules = [
  prefixed({
    id: 'clickhouse-cloud-api-secret',
    provider: 'clickhouse',
    title: 'ClickHouse Cloud API key secret',
    prefix: '4b1d',
    body: '[A-Za-z0-9]{38}',
    sample: (f) => f.chars(38),
    seed: 2111,
    // A hex digest that happens to start with 4b1d is not base62.
    validate: (t) => /[g-zG-Z]/.test(t),
    minEntropy: 4,
    end: '(?![A-Za-z0-9_+/=-])',
    rotateUrl: 'https://clickhouse.cloud/',
    noMatch: (f) => [{ text: '4b1d' + f.chars(38, 'hexLower'), why: 'a hex digest' }],
  }),
];
