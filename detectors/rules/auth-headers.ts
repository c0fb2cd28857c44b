import { decodeBase64 } from '../decode';
import { fake } from '../fake';
import { defineRule } from '../rule';
import { passwordOfWords } from '../value-shape';
import { looksLikeCode, looksRandom } from './rule-parts';

/**
 * Basic credentials decode to printable "user:password" with a password that is not a demo
 * value made of words (`username:password`, RFC 7617's `Aladdin:open sesame`).
 */
function basicCredentials(value: string): boolean {
  const raw = decodeBase64(value);
  const m = raw === undefined ? null : /^[\x20-\x7e]{1,200}:([\x20-\x7e]{3,200})$/.exec(raw);
  return m !== null && !passwordOfWords(m[1] as string);
}

export const authHeaderRules = [
  defineRule({
    id: 'authorization-basic',
    provider: 'http-auth',
    title: 'HTTP Basic credentials',
    keywords: ['basic '],
    // Authorization: Basic base64(user:password). https://www.rfc-editor.org/rfc/rfc7617
    pattern:
      /authorization["']?\s{0,3}[:=]\s{0,3}["'[]?basic\s{1,3}(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/i,
    validate: basicCredentials,
    examples: () => {
      const f = fake(531);
      const v = Buffer.from(`svc-${f.chars(5, 'lower')}:${f.chars(18)}`).toString('base64');
      return {
        match: [
          { text: `curl -H "Authorization: Basic ${v}" https://api.example.net/`, secret: v },
          {
            text: `headers=map[Authorization:[Basic ${v}] User-Agent:[Go-http-client/1.1]]`,
            secret: v,
          },
        ],
        noMatch: [
          { text: 'Authorization: Basic dXNlcm5hbWU=', why: 'no password inside' },
          {
            text: `Authorization: Basic ${Buffer.from('Aladdin:open sesame').toString('base64')}`,
            why: "RFC 7617's demo credentials, made of words",
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'authorization-bearer',
    provider: 'http-auth',
    title: 'HTTP Bearer token',
    keywords: ['bearer '],
    // Authorization: Bearer <token68>. https://www.rfc-editor.org/rfc/rfc6750#section-2.1
    pattern:
      /(?:authorization["']?\s{0,3}[:=]\s{0,3}["']?)?bearer\s{1,3}(?<secret>[A-Za-z0-9._~+/-]{16,4000}={0,2})(?![A-Za-z0-9._~+/=-])/i,
    validate: (s) => !looksLikeCode(s) && looksRandom(s, 16, 3.2),
    confidence: 'medium',
    window: 4200,
    examples: () => {
      const f = fake(532);
      const t = f.chars(40, 'base64url').replace(/^[-_]/, 'a');
      return {
        match: [{ text: `Authorization: Bearer ${t}`, secret: t }],
        noMatch: [
          { text: 'Authorization: Bearer ${ACCESS_TOKEN}', why: 'template variable' },
          { text: 'Authorization: Bearer <token>', why: 'placeholder' },
          { text: '  Authorization: "Bearer PRIMARY_ACCOUNT_JWT"', why: 'a name, not a token' },
        ],
      };
    },
  }),
];
