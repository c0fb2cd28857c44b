import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { hasHexCrc32Suffix } from '../validators/tokens';
import { withHexCrc } from './atlassian';
import { END, START } from './rule-parts';

export const bitbucketRules = [
  defineRule({
    id: 'bitbucket-app-password',
    provider: 'bitbucket',
    title: 'Bitbucket app password',
    keywords: ['atbb'],
    // "ATBB" + 24 base62 + CRC32 of all before it in 8 hex. https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/
    pattern: patternText(`${START}ATBB[A-Za-z0-9]{24}[A-F0-9]{8}${END}`),
    validate: hasHexCrc32Suffix,
    anchored: true,
    rotateUrl: 'https://bitbucket.org/account/settings/app-passwords/',
    examples: () => {
      const f = fake(341);
      const good = withHexCrc('AT' + 'BB' + f.chars(24));
      return {
        match: [good],
        noMatch: [{ text: good.slice(0, -8) + 'ABCDEF12', why: 'CRC32 does not match' }],
      };
    },
  }),
  defineRule({
    id: 'bitbucket-access-token',
    provider: 'bitbucket',
    title: 'Bitbucket repository/workspace access token',
    keywords: ['atctt3'],
    // "ATCTT3xFfGN0" + base64url + "=" + CRC32 in 8 hex. https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/
    pattern: patternText(`${START}ATCTT3[A-Za-z0-9_=-]{20,400}[A-F0-9]{8}(?![A-Za-z0-9_=-])`),
    validate: hasHexCrc32Suffix,
    anchored: true,
    rotateUrl: 'https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/',
    window: 600,
    examples: () => {
      const f = fake(342);
      const good = withHexCrc('ATCTT3' + 'xFfGN0' + f.chars(170, 'base64url') + '=');
      return {
        match: [good],
        noMatch: [{ text: good.slice(0, -8) + '00000000', why: 'CRC32 does not match' }],
      };
    },
  }),
  defineRule({
    id: 'bitbucket-data-center-token',
    provider: 'bitbucket',
    title: 'Bitbucket Data Center HTTP access token',
    keywords: ['bbdc-'],
    // "BBDC-" + 44 base64 of "<id>:<random>". https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html
    pattern: patternText(`${START}BBDC-[A-Za-z0-9+/@_-]{44}(?![A-Za-z0-9+/@_-])`),
    minEntropy: 3.5,
    anchored: true,
    rotateUrl: 'https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html',
    examples: () => {
      const f = fake(343);
      return {
        match: ['BB' + 'DC-' + f.chars(44, 'base64')],
        noMatch: [{ text: 'BB' + 'DC-' + f.chars(20), why: 'too short' }],
      };
    },
  }),
];
