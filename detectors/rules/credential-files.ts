import { fake } from '../fake';
import { defineRule } from '../rule';
import { randomLiteral } from './assignment-syntax';

/** Files whose whole purpose is to hold passwords: `.pgpass` and `.netrc`. */
export const credentialFileRules = [
  defineRule({
    id: 'pgpass-password',
    provider: 'credential-file',
    title: 'Password in a PostgreSQL password file (.pgpass)',
    keywords: [':5432:'],
    // hostname:port:database:username:password, one entry a line; the default port names the
    // format. https://www.postgresql.org/docs/current/libpq-pgpass.html
    pattern:
      /(?<![^\s])[\w.*-]{1,253}:5432:[\w.*-]{1,63}:[\w.*@-]{1,63}:(?<secret>[^\s:]{6,128})(?!\S)/,
    filter: (secret) => randomLiteral(secret),
    examples: () => {
      const f = fake(581);
      const p = f.chars(24);
      return {
        match: [{ text: `db.internal:5432:orders:app:${p}\n`, secret: p }],
        noMatch: [
          { text: 'localhost:5432:*:postgres:postgres', why: 'a default password' },
          { text: '2024-01-01 10:00:5432:00:listening on port', why: 'not an entry' },
        ],
      };
    },
  }),
  defineRule({
    id: 'netrc-password',
    provider: 'credential-file',
    title: 'Password in a .netrc file',
    keywords: ['machine '],
    // machine <host> login <user> password <password>, on one line or several.
    // https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html
    pattern:
      /\bmachine[ \t]+\S{1,253}\s{1,40}(?:login[ \t]+\S{1,128}\s{1,40})?password[ \t]+(?<secret>\S{4,128})/,
    filter: (secret) => randomLiteral(secret),
    examples: () => {
      const f = fake(582);
      const p = f.chars(20);
      return {
        match: [
          { text: `machine git.example.com\n  login deploy\n  password ${p}\n`, secret: p },
          { text: `machine api.example.net login ci password ${p}`, secret: p },
        ],
        noMatch: [
          { text: 'machine git.example.com login deploy password changeme', why: 'placeholder' },
        ],
      };
    },
  }),
];
