import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { UUID } from './rule-parts';

/** Bitwarden Secrets Manager machine-account access tokens. */
export const bitwardenRules = [
  defineRule({
    id: 'bitwarden-access-token',
    provider: 'bitwarden',
    title: 'Bitwarden Secrets Manager access token',
    keywords: ['0.'],
    // 0.<access token uuid>.<30-char client secret>:<base64 16-byte encryption key>.
    // https://bitwarden.com/help/access-tokens/
    pattern: patternText(String.raw`\b0\.${UUID}\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==`),
    anchored: true,
    rotateUrl: 'https://bitwarden.com/help/access-tokens/#revoke-an-access-token',
    examples: () => {
      const f = fake(1013);
      const uuid = () => [8, 4, 4, 4, 12].map((n) => f.chars(n, 'hexLower')).join('-');
      const tok = () => `0.${uuid()}.${f.chars(30)}:${f.chars(22, 'base64')}==`;
      return {
        match: [tok(), tok()],
        noMatch: [
          { text: `0.${uuid()}.${f.chars(30)}`, why: 'missing the encryption key' },
          { text: `1.${uuid()}.${f.chars(30)}:${f.chars(22, 'base64')}==`, why: 'unknown version' },
        ],
      };
    },
  }),
];
