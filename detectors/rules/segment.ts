import { fake } from '../fake';
import { defineRule } from '../rule';

/** Segment Public API tokens; source write keys live in browser snippets and are not flagged. */
export const segmentRules = [
  defineRule({
    id: 'segment-public-api-token',
    provider: 'segment',
    title: 'Segment Public API token',
    keywords: ['sgp_'],
    // sgp_ + 64 base62. https://docs.segmentapis.com/tag/Getting-Started#section/Get-an-API-token
    pattern: /\bsgp_[A-Za-z0-9]{64}\b/,
    minEntropy: 3.5,
    rotateUrl: 'https://app.segment.com/goto-my-workspace/settings/access-management/tokens',
    examples: () => {
      const f = fake(821);
      return {
        match: ['sgp' + '_' + f.chars(64), 'sgp' + '_' + f.chars(64)],
        noMatch: [
          { text: `analytics.load("${f.chars(32)}")`, why: 'write key, public in page snippets' },
          { text: 'sgp' + '_' + f.chars(40), why: 'too short' },
        ],
      };
    },
  }),
];
