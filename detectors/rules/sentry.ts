import { fake } from '../fake';
import { defineRule } from '../rule';
import { decodeBase64Json } from '../validators/base64-json';
import { nearKeyword } from './rule-parts';

/** The middle of an org token is base64 JSON with an `iat` claim. */
function isOrgToken(token: string): boolean {
  const body = token.slice('sntrys_'.length, token.lastIndexOf('_'));
  const claims = decodeBase64Json(body);
  return claims !== null && 'iat' in claims;
}

/** Sentry auth tokens; DSNs are public by design and never flagged. */
export const sentryRules = [
  defineRule({
    id: 'sentry-user-token',
    provider: 'sentry',
    title: 'Sentry user auth token',
    keywords: ['sntryu_'],
    // sntryu_ + 64 hex. https://docs.sentry.io/account/auth-tokens/#user-auth-tokens
    pattern: /\bsntryu_[a-f0-9]{64}\b/,
    minEntropy: 3,
    rotateUrl: 'https://sentry.io/settings/account/api/auth-tokens/',
    examples: () => {
      const f = fake(621);
      return {
        match: ['sntry' + 'u_' + f.chars(64, 'hexLower'), 'sntry' + 'u_' + f.chars(64, 'hexLower')],
        noMatch: [
          { text: 'sntry' + 'u_' + f.chars(40, 'hexLower'), why: 'too short' },
          {
            text: `https://${f.chars(32, 'hexLower')}@o123456.ingest.sentry.io/4505`,
            why: 'DSN, public by design',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'sentry-org-token',
    provider: 'sentry',
    title: 'Sentry organization auth token',
    keywords: ['sntrys_'],
    // sntrys_<base64 JSON claims>_<43-char secret>. https://docs.sentry.io/account/auth-tokens/#organization-auth-tokens
    pattern: /\bsntrys_eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/]{43}(?![\w+/=-])/,
    validate: isOrgToken,
    rotateUrl: 'https://sentry.io/settings/auth-tokens/',
    examples: () => {
      const f = fake(622);
      const tok = () => {
        const claims = `{"iat":${f.int(1.6e9, 1.8e9)}.${f.int(100, 999)},"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"acme-${f.chars(6, 'lower')}"}`;
        return 'sntry' + 's_' + btoa(claims) + '_' + f.chars(43, 'base64');
      };
      return {
        match: [tok(), tok()],
        noMatch: [
          {
            text: 'sntry' + 's_' + 'eyJ' + f.chars(60) + '_' + f.chars(43),
            why: 'claims are not JSON',
          },
          {
            text: 'sntry' + 's_' + btoa('{"url":"https://sentry.io"}') + '_' + f.chars(43),
            why: 'no iat claim',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'sentry-legacy-token',
    provider: 'sentry',
    title: 'Sentry auth token (legacy)',
    keywords: ['sentry'],
    // 64 hex named SENTRY_AUTH_TOKEN. https://docs.sentry.io/account/auth-tokens/
    pattern: nearKeyword('sentry', '[a-f0-9]{64}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://sentry.io/settings/account/api/auth-tokens/',
    examples: () => {
      const f = fake(623);
      const a = f.chars(64, 'hexLower');
      const b = f.chars(64, 'hexLower');
      return {
        match: [
          { text: `SENTRY_AUTH_TOKEN=${a}`, secret: a },
          { text: `[auth]\nsentry_token = "${b}"`, secret: b },
        ],
        noMatch: [
          {
            text: `SENTRY_DSN=https://${f.chars(32, 'hexLower')}@o1.ingest.sentry.io/1`,
            why: 'DSN, public',
          },
          { text: `sha256: ${f.chars(64, 'hexLower')}`, why: 'hash with no Sentry name' },
        ],
      };
    },
  }),
];
