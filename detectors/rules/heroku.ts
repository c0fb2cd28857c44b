import { fake } from '../fake';
import { defineRule } from '../rule';
import { keyed, prefixed } from './rule-parts';

const ROTATE = 'https://dashboard.heroku.com/account/applications';

export const herokuRules = [
  defineRule({
    id: 'heroku-api-key',
    provider: 'heroku',
    title: 'Heroku API key',
    keywords: ['heroku'],
    // Legacy API keys are UUIDs, recognisable only by HEROKU_API_KEY beside them.
    // https://devcenter.heroku.com/articles/authentication
    pattern: keyed('heroku', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    anchored: true,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(211);
      const h = (n: number) => f.chars(n, 'hexLower');
      const k = `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;
      return {
        match: [{ text: `HEROKU_API_KEY=${k}`, secret: k }],
        noMatch: [{ text: `request id ${k}`, why: 'a UUID without the Heroku name' }],
      };
    },
  }),
  // "HRKU-" + 60 base64url (platform API tokens since 2024). https://devcenter.heroku.com/articles/heroku-cli-commands#heroku-authorizations-create
  prefixed({
    id: 'heroku-platform-token',
    provider: 'heroku',
    title: 'Heroku platform API token',
    prefix: 'HRKU-',
    body: '[A-Za-z0-9_-]{60}',
    sample: (f) => f.chars(60),
    seed: 212,
    rotateUrl: ROTATE,
  }),
];
