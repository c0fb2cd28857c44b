import { fake } from '../fake';
import { defineRule } from '../rule';

/** Sidekiq Pro/Enterprise gem server credentials, set through Bundler's per-host variable. */
export const sidekiqRules = [
  defineRule({
    id: 'sidekiq-gem-credentials',
    provider: 'sidekiq',
    title: 'Sidekiq Pro/Enterprise gem server credentials',
    keywords: ['contribsys__com'],
    // BUNDLE_GEMS__CONTRIBSYS__COM (or BUNDLE_ENTERPRISE__…) = <8 hex>:<8 hex>, the user and
    // password of the licensed gem server. https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro
    pattern:
      /BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM["']?[ \t]{0,8}[=:][ \t]{0,8}["']?(?<secret>[a-f0-9]{8}:[a-f0-9]{8})(?![\w:])/i,
    minEntropy: 2.5,
    rotateUrl: 'https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro',
    examples: () => {
      const f = fake(2601);
      const a = f.chars(8, 'hexLower') + ':' + f.chars(8, 'hexLower');
      return {
        match: [
          { text: `export BUNDLE_GEMS__CONTRIBSYS__COM=${a}`, secret: a },
          { text: `bundle config --local BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "${a}"`, secret: a },
        ],
        noMatch: [
          { text: 'BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDS}', why: 'template variable' },
          {
            text: `BUNDLE_GEMS__CONTRIBSYS__COM=${f.chars(8, 'hexLower')}`,
            why: 'no password part',
          },
        ],
      };
    },
  }),
];
