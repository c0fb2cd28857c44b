import { fake } from '../fake';
import { defineRule } from '../rule';

/** Contentful personal access tokens (Content Management API). */
export const contentfulRules = [
  defineRule({
    id: 'contentful-personal-access-token',
    provider: 'Contentful',
    title: 'Contentful personal access token',
    group: 'saas',
    keywords: ['cfpat-'],
    // CFPAT- + 43 base64url. https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api
    pattern: /\bCFPAT-[A-Za-z0-9_-]{43}(?![\w-])/,
    minEntropy: 3.5,
    confidence: 'high',
    rotateUrl: 'https://app.contentful.com/account/profile/cma_tokens',
    examples: () => {
      const f = fake(791);
      return {
        match: ['CF' + 'PAT-' + f.chars(43, 'base64url'), 'CF' + 'PAT-' + f.chars(43)],
        noMatch: [
          { text: 'CF' + 'PAT-' + f.chars(30), why: 'too short' },
          { text: 'CF' + 'PAT-' + f.chars(50), why: 'too long' },
        ],
      };
    },
  }),
];
