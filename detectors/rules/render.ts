import { prefixed } from './rule-parts';

export const renderRules = [
  // "rnd_" + 32 alphanumerics. https://render.com/docs/api#1-create-an-api-key
  prefixed({
    id: 'render-api-key',
    provider: 'render',
    title: 'Render API key',
    prefix: 'rnd_',
    body: '[A-Za-z0-9]{32}',
    sample: (f) => f.chars(32),
    seed: 241,
    rotateUrl: 'https://dashboard.render.com/u/settings#api-keys',
  }),
];
