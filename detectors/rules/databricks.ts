import { prefixed } from './rule-parts';

export const databricksRules = [
  // "dapi" + 32 hex, optionally "-<n>". https://docs.databricks.com/en/dev-tools/auth/pat.html
  prefixed({
    id: 'databricks-token',
    provider: 'databricks',
    title: 'Databricks personal access token',
    prefix: 'dapi',
    body: '[a-f0-9]{32}(?:-\\d)?',
    sample: (f) => f.chars(32, 'hexLower'),
    seed: 271,
    rotateUrl: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
  }),
];
