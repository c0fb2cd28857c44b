import { characterClasses, shannonEntropy } from '../entropy';
import { fake } from '../fake';
import { defineRule } from '../rule';
import { looksLikeCode, looksRandom } from './shared';

/** Key names that describe a secret without being one (`token_url`, `password_policy`…). */
const NOT_A_SECRET_NAME =
  /(?:url|uri|type|name|salt|iv|nonce|file|path|dir|field|length|len|size|count|hash|policy|reset|hint|label|prompt|regex|pattern|min|max|id|expir\w*|endpoint|header|format|enabled|required|rules?|strength|input|placeholder|validation|error|message|limit|ttl|timeout|key_?id|version)["'`]?$/i;

/**
 * Values the specific rules own: checksummed formats (a failed checksum means a look-alike) and
 * keys that are public by design (Mapbox `pk.`, Stripe `pk_`, Supabase publishable).
 */
const OWNED_ELSEWHERE =
  /^(?:gh[pousr]_|github_pat_|npm_|pk\.eyJ|pk_(?:live|test)_|sb_publishable_|rk_live_)/;

/** Words, not secrets: a value made only of lower-case letters, or common defaults. */
const WEAK =
  /^(?:[a-z]{1,12}|[a-z]+[_-][a-z]+|\d{1,8}|admin|password\d*|passw0rd|secret\d*|root|qwerty\d*|letmein|welcome\d*)$/;

// NAME [=:] value in .env, shell, JSON, YAML, TOML, XML tags and code. The value stops at
// whitespace, quotes and angle brackets; the assignment pieces are disjoint so matching is linear.
const ASSIGN = String.raw`[\w.-]{0,30}["'\x60]?[ \t]{0,8}(?::=|=>|=|:|>)[ \t]{0,8}["'\x60]?`;
// Backslashes end the value too: in JSON-escaped text `\n` is the end of the line.
const VALUE = String.raw`(?<secret>[^\s"'\x60<>\\]{8,200})`;

function valueFilter(minLength: number, minEntropy: number) {
  return (secret: string, groups: Readonly<Record<string, string | undefined>>): boolean => {
    const value = secret.replace(/[,;]+$/, '');
    const name = (groups.name ?? '').replace(/["'`]?[ \t]*(?::=|=>|=|:|>)[ \t]*["'`]?$/, '');
    if (value.length < minLength || NOT_A_SECRET_NAME.test(name)) return false;
    if (looksLikeCode(value) || looksLikeCode(value.split(';')[0] as string)) return false;
    if (WEAK.test(value) || /^https?:/i.test(value)) return false;
    if (OWNED_ELSEWHERE.test(value)) return false;
    if (/^[\d.:-]+$/.test(value) && value.length < 20) return false;
    if (shannonEntropy(value) < minEntropy) return false;
    return characterClasses(value) >= 2 || value.length >= 20;
  };
}

export const assignmentRules = [
  defineRule({
    id: 'password-assignment',
    provider: 'password',
    title: 'Password in configuration or code',
    group: 'generic',
    keywords: ['password', 'passwd', 'pwd', 'passphrase'],
    // Any `*password*` / `*passwd*` / `*pwd*` name assigned a literal that is not a word,
    // a template variable or code. Gated by entropy and character classes.
    pattern: new RegExp(
      String.raw`(?<name>(?:passw(?:or)?d|pwd|passphrase)${ASSIGN})${VALUE}`,
      'i',
    ),
    filter: valueFilter(8, 2.8),
    confidence: 'medium',
    anchored: true,
    examples: () => {
      const f = fake(551);
      const a = f.chars(14) + '!7';
      const b = f.chars(12) + '#x';
      const c = f.chars(16) + '_9';
      return {
        match: [
          { text: `DB_PASSWORD=${a}`, secret: a },
          { text: `{"password": "${b}"}`, secret: b },
          { text: `<password>${c}</password>`, secret: c },
        ],
        noMatch: [
          { text: 'password: ${DB_PASSWORD}', why: 'template variable' },
          { text: 'PASSWORD=changeme', why: 'placeholder' },
          { text: 'password = config.db.password', why: 'code, not a literal' },
          {
            text: 'password_reset_url=https://example.net/reset',
            why: 'describes a secret, is not one',
          },
          { text: 'password: hunter', why: 'a word' },
        ],
      };
    },
  }),
  defineRule({
    id: 'secret-assignment',
    provider: 'secret',
    title: 'Secret, token or API key in configuration or code',
    group: 'generic',
    keywords: [
      'secret',
      'token',
      'api_key',
      'apikey',
      'api-key',
      'access_key',
      'accesskey',
      'private_key',
      'auth_key',
      'credential',
    ],
    // `*secret*`, `*token*`, `*api_key*`, `*access_key*`… assigned a random-looking literal.
    pattern: new RegExp(
      String.raw`(?<name>(?:secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|auth[_.-]?key|credentials?)${ASSIGN})${VALUE}`,
      'i',
    ),
    filter: (secret, groups) =>
      valueFilter(16, 3.2)(secret, groups) && looksRandom(secret.replace(/[,;]+$/, ''), 16, 3.2),
    yieldsToProviders: true,
    confidence: 'medium',
    anchored: true,
    examples: () => {
      const f = fake(552);
      const a = f.chars(32);
      const b = f.chars(40, 'hexLower');
      return {
        match: [
          { text: `export SERVICE_API_KEY=${a}`, secret: a },
          { text: `client_secret: "${b}"`, secret: b },
        ],
        noMatch: [
          { text: 'api_key = "your-api-key-here"', why: 'placeholder' },
          { text: 'token_url: https://auth.example.net/oauth/token', why: 'a URL setting' },
          { text: 'tokenizer = AutoTokenizer.from_pretrained(name)', why: 'code' },
          { text: 'secret_name: prod-db-credentials', why: 'names a secret' },
          { text: `API_KEY=${'x'.repeat(32)}`, why: 'filler characters' },
        ],
      };
    },
  }),
];
