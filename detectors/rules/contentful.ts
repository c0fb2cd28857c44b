import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** Contentful personal access tokens (Content Management API). */
export const contentfulRules = [
  defineRule({
    id: 'contentful-personal-access-token',
    provider: 'contentful',
    title: 'Contentful personal access token',
    keywords: ['cfpat-'],
    // CFPAT- + 43 base64url. https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api
    pattern: /\bCFPAT-[A-Za-z0-9_-]{43}(?![\w-])/,
    minEntropy: 3.5,
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
  defineRule({
    id: 'contentful-delivery-token',
    provider: 'contentful',
    title: 'Contentful delivery or preview API token',
    keywords: ['contentful'],
    // 43 base64url characters with no prefix; the preview token also reads unpublished drafts.
    // https://www.contentful.com/developers/docs/references/authentication/#api-keys-in-the-contentful-web-app
    pattern: nearKeyword('contentful', '[A-Za-z0-9_-]{43}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://app.contentful.com/deeplink?link=api',
    examples: () => {
      const f = fake(792);
      const a = f.chars(43, 'base64url');
      return {
        match: [
          { text: `CONTENTFUL_DELIVERY_TOKEN=${a}`, secret: a },
          { text: `contentful.createClient({ space: 'x1y2', accessToken: '${a}' })`, secret: a },
        ],
        noMatch: [
          { text: `CONTENTFUL_SPACE_ID=${f.chars(12, 'alnumLower')}`, why: 'space id, public' },
          genericSecret(`accessToken: '${f.chars(43, 'base64url')}'`, 'no Contentful name'),
        ],
      };
    },
  }),
];
