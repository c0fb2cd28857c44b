import { fake } from '../fake';
import { defineRule } from '../rule';

const ROTATE = 'https://one.newrelic.com/api-keys';

/** New Relic user, admin, ingest (license and Insights insert) and browser keys. */
export const newrelicRules = [
  defineRule({
    id: 'newrelic-user-key',
    provider: 'new-relic',
    title: 'New Relic user API key',
    keywords: ['nrak-'],
    // NRAK- + 27 upper-case base36. https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#user-key
    pattern: /\bNRAK-[A-Z0-9]{27}\b/,
    minEntropy: 3,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(611);
      return {
        match: ['NR' + 'AK-' + f.chars(27, 'alnumUpper'), 'NR' + 'AK-' + f.chars(27, 'alnumUpper')],
        noMatch: [
          { text: 'NR' + 'AK-' + f.chars(20, 'alnumUpper'), why: 'too short' },
          { text: 'NR' + 'AK-' + 'X'.repeat(27), why: 'placeholder' },
        ],
      };
    },
  }),
  defineRule({
    id: 'newrelic-admin-key',
    provider: 'new-relic',
    title: 'New Relic admin API key (legacy)',
    keywords: ['nraa-'],
    // NRAA- + 27 hex. https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/
    pattern: /\bNRAA-[a-f0-9]{27}\b/,
    minEntropy: 3,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(612);
      return {
        match: ['NR' + 'AA-' + f.chars(27, 'hexLower'), 'NR' + 'AA-' + f.chars(27, 'hexLower')],
        noMatch: [
          { text: 'NR' + 'AA-' + f.chars(27, 'upper'), why: 'not hex' },
          { text: 'NR' + 'AA-' + f.chars(12, 'hexLower'), why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'newrelic-insights-key',
    provider: 'new-relic',
    title: 'New Relic Insights insert or query key',
    keywords: ['nrii-', 'nriq-'],
    // NRII- (insert) / NRIQ- (query) + 32 base64url. https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#insights-insert-key
    pattern: /\bNRI[IQ]-[A-Za-z0-9_-]{32}(?![\w-])/,
    minEntropy: 3.5,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(613);
      return {
        match: ['NR' + 'II-' + f.chars(32, 'base64url'), 'NR' + 'IQ-' + f.chars(32)],
        noMatch: [
          { text: 'NR' + 'IX-' + f.chars(32), why: 'unknown kind' },
          { text: 'NR' + 'II-' + f.chars(20), why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'newrelic-license-key',
    provider: 'new-relic',
    title: 'New Relic license (ingest) key',
    keywords: ['nral'],
    // 36 hex + NRAL (40 chars). https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key
    pattern: /\b[a-f0-9]{36}NRAL\b/,
    minEntropy: 3,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(614);
      return {
        match: [f.chars(36, 'hexLower') + 'NR' + 'AL', f.chars(36, 'hexLower') + 'NR' + 'AL'],
        noMatch: [
          { text: f.chars(40, 'hexLower'), why: 'plain hex, no NRAL suffix' },
          { text: f.chars(30, 'hexLower') + 'NR' + 'AL', why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'newrelic-browser-key',
    provider: 'new-relic',
    title: 'New Relic browser API key',
    keywords: ['nrjs-'],
    // NRJS- + 19 hex. It ships inside page snippets, so it is low confidence.
    // https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#browser-key
    pattern: /\bNRJS-[a-f0-9]{19}\b/,
    minEntropy: 2.5,
    confidence: 'low',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(615);
      return {
        match: ['NR' + 'JS-' + f.chars(19, 'hexLower'), 'NR' + 'JS-' + f.chars(19, 'hexLower')],
        noMatch: [
          { text: 'NR' + 'JS-' + f.chars(10, 'hexLower'), why: 'too short' },
          { text: 'NR' + 'JS-' + f.chars(25, 'hexLower'), why: 'too long' },
        ],
      };
    },
  }),
];
