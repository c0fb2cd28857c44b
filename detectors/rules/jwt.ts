import { fake } from '../fake';
import { defineRule } from '../rule';
import { isJwt } from '../validators/structure';

const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

export const jwtRules = [
  defineRule({
    id: 'json-web-token',
    provider: 'jwt',
    title: 'JSON Web Token',
    keywords: ['eyj'],
    // header.payload.signature, each base64url; header and payload are JSON objects ("eyJ" = '{"').
    // https://www.rfc-editor.org/rfc/rfc7519#section-3
    pattern:
      /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{0,2000}(?![A-Za-z0-9_.-])/,
    validate: isJwt,
    confidence: 'medium',
    anchored: true,
    window: 10000,
    examples: () => {
      const f = fake(511);
      const token =
        enc({ alg: 'HS256', typ: 'JWT' }) +
        '.' +
        enc({ sub: f.chars(12), iat: 1700000000, role: 'admin' }) +
        '.' +
        f.chars(43, 'base64url');
      return {
        match: [token],
        noMatch: [
          {
            text: 'ey' + 'J' + f.chars(20) + '.' + 'ey' + 'J' + f.chars(20) + '.' + f.chars(20),
            why: 'segments are not JSON',
          },
          {
            text: `SUPABASE_ANON_KEY=${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ iss: 'supabase', ref: f.chars(20, 'lower'), role: 'anon', iat: 1700000000 })}.${f.chars(43, 'base64url')}`,
            why: "Supabase's anon key, public by design",
          },
        ],
      };
    },
  }),
];
