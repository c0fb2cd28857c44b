import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { GAP, nearKeyword } from './rule-parts';

/** LinkedIn OAuth client secrets; the 14-character client id is public. */
export const linkedinRules = [
  defineRule({
    id: 'linkedin-client-secret',
    provider: 'linkedin',
    title: 'LinkedIn OAuth client secret',
    keywords: ['linkedin', 'linked_in', 'linked-in'],
    // 16 alphanumerics (older apps) or "WPL_AP1." + base64 (apps since 2023).
    // https://learn.microsoft.com/en-us/linkedin/shared/authentication/client-credentials-flow
    pattern: nearKeyword(
      `linked[_-]?in${GAP}secret`,
      String.raw`[A-Za-z0-9]{16}|WPL_AP1\.[A-Za-z0-9]{16}\.[A-Za-z0-9+/]{16,64}={0,2}`,
      String.raw`[\w+/=-]`,
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://www.linkedin.com/developers/apps',
    examples: () => {
      const f = fake(2521);
      const a = f.chars(16);
      const b = 'WPL' + '_AP1.' + f.chars(16) + '.' + f.chars(22, 'base64') + '==';
      return {
        match: [
          { text: `LINKEDIN_CLIENT_SECRET=${a}`, secret: a },
          { text: `linkedin:\n  client_secret: "${b}"`, secret: b },
        ],
        noMatch: [
          { text: `LINKEDIN_CLIENT_ID=${f.chars(14, 'alnumLower')}`, why: 'client id, public' },
          genericSecret(`client_secret=${f.chars(16)}`, 'no LinkedIn name'),
        ],
      };
    },
  }),
];
