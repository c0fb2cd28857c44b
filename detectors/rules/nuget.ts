import { prefixed } from './rule-parts';

export const nugetRules = [
  // "oy2" + 43 lower-case base32-ish. https://learn.microsoft.com/nuget/nuget-org/scoped-api-keys
  prefixed({
    id: 'nuget-api-key',
    provider: 'nuget',
    title: 'NuGet API key',
    prefix: 'oy2',
    body: '[a-z0-9]{43}',
    sample: (f) => f.chars(43, 'alnumLower'),
    seed: 372,
    minEntropy: 3.5,
    rotateUrl: 'https://www.nuget.org/account/apikeys',
  }),
];
