import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { END, START } from './rule-parts';

export const gcpRules = [
  defineRule({
    id: 'gcp-api-key',
    provider: 'gcp',
    title: 'Google API key',
    keywords: ['aiza'],
    // "AIza" + 35 base64url characters. https://cloud.google.com/docs/authentication/api-keys
    pattern: patternText(`${START}AIza[0-9A-Za-z_-]{35}${END.replace('_', '_-')}`),
    anchored: true,
    rotateUrl: 'https://console.cloud.google.com/apis/credentials',
    examples: () => {
      const f = fake(111);
      return {
        match: ['AI' + 'za' + f.chars(35, 'base64url').replace(/-$/, 'x')],
        noMatch: [{ text: 'AI' + 'za' + f.chars(30, 'alnum'), why: 'too short' }],
      };
    },
  }),
  defineRule({
    id: 'gcp-service-account-key',
    provider: 'gcp',
    title: 'Google Cloud service account key',
    keywords: ['"private_key"'],
    // Service-account JSON: "private_key" holds a PKCS#8 PEM block with \n escapes, beside "client_email".
    // https://cloud.google.com/iam/docs/keys-create-delete
    pattern:
      /"private_key"\s{0,4}:\s{0,4}"(?<secret>-{5}BEGIN PRIVATE KEY-{5}(?:\\n|\n)[A-Za-z0-9+/=\\\n]{64,8000}?-{5}END PRIVATE KEY-{5}(?:\\n)?)"/,
    anchored: true,
    rotateUrl: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
    window: 9000,
    examples: () => {
      const f = fake(112);
      const body = Array.from({ length: 12 }, () => f.chars(64, 'base64')).join('\\n');
      const key =
        '-----BEGIN ' + 'PRIVATE KEY-----\\n' + body + '\\n-----END ' + 'PRIVATE KEY-----\\n';
      return {
        match: [
          {
            text: `{"type": "service_account", "project_id": "demo", "private_key": "${key}", "client_email": "x@demo.iam.gserviceaccount.com"}`,
            secret: key,
          },
        ],
        noMatch: [
          {
            text:
              '{"private_key": "-----BEGIN ' +
              'PRIVATE KEY-----\\n...\\n-----END ' +
              'PRIVATE KEY-----\\n"}',
            why: 'elided docs example',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'gcp-oauth-client-secret',
    provider: 'gcp',
    title: 'Google OAuth client secret',
    keywords: ['gocspx-'],
    // "GOCSPX-" + 28 base64url characters. https://developers.google.com/identity/protocols/oauth2
    pattern: patternText(`${START}GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])`),
    anchored: true,
    rotateUrl: 'https://console.cloud.google.com/apis/credentials',
    examples: () => {
      const f = fake(113);
      return {
        match: ['GOC' + 'SPX-' + f.chars(28)],
        noMatch: [{ text: 'GOC' + 'SPX-' + f.chars(20), why: 'too short' }],
      };
    },
  }),
  defineRule({
    id: 'google-oauth-access-token',
    provider: 'gcp',
    title: 'Google OAuth access token',
    keywords: ['ya29.'],
    // "ya29." + base64url. https://developers.google.com/identity/protocols/oauth2#size
    pattern: patternText(`${START}ya29\\.[0-9A-Za-z_-]{30,2000}(?![A-Za-z0-9_-])`),
    minEntropy: 4,
    anchored: true,
    rotateUrl: 'https://myaccount.google.com/permissions',
    window: 2100,
    examples: () => {
      const f = fake(114);
      return {
        match: ['ya' + '29.' + f.chars(120, 'base64url').replace(/^-+/, 'a').replace(/-+$/, 'z')],
        noMatch: [{ text: 'ya' + '29.' + 'short', why: 'too short' }],
      };
    },
  }),
  defineRule({
    id: 'google-oauth-refresh-token',
    provider: 'gcp',
    title: 'Google OAuth refresh token',
    keywords: ['1//0'],
    // "1//0" + base64url, issued by Google's token endpoint.
    // https://developers.google.com/identity/protocols/oauth2/web-server#offline
    pattern: /(?<![A-Za-z0-9_/-])1\/\/0[0-9A-Za-z_-]{40,400}(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    confidence: 'medium',
    anchored: true,
    rotateUrl: 'https://myaccount.google.com/permissions',
    examples: () => {
      const f = fake(115);
      return {
        match: ['1/' + '/0' + f.chars(90, 'alnum')],
        noMatch: [{ text: 'https:/' + '/0' + f.chars(50, 'alnum'), why: 'part of a URL' }],
      };
    },
  }),
];
