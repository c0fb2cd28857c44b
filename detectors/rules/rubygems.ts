import { prefixed } from './rule-parts';

export const rubygemsRules = [
  // "rubygems_" + 48 hex. https://guides.rubygems.org/api-key-scopes/
  prefixed({
    id: 'rubygems-api-key',
    provider: 'rubygems',
    title: 'RubyGems API key',
    prefix: 'rubygems_',
    body: '[a-f0-9]{48}',
    sample: (f) => f.chars(48, 'hexLower'),
    seed: 371,
    rotateUrl: 'https://rubygems.org/profile/api_keys',
  }),
];
