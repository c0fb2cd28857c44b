import { characterClasses, shannonEntropy } from '../entropy';
import { fake } from '../fake';
import { defineRule, type MatchPlace } from '../rule';
import { builtFromWords } from '../value-shape';
import { looksLikeCode, looksRandom } from './shared';

/** Key names that describe a secret without being one (`token_url`, `password_policy`…). */
const NOT_A_SECRET_NAME =
  /(?:url|uri|type|name|salt|iv|nonce|file|path|dir|field|length|len|size|count|hash|policy|reset|hint|label|prompt|regex|pattern|min|max|id|expir\w*|endpoint|header|format|enabled|required|rules?|strength|input|placeholder|validation|error|message|limit|ttl|timeout|key_?id|version)$/i;

/**
 * Values the specific rules own: checksummed formats (a failed checksum means a look-alike) and
 * keys that are public by design (Mapbox `pk.`, Stripe `pk_`, Supabase publishable, Datadog
 * browser client tokens `pub` + 32 hex, PostHog project keys).
 */
const OWNED_ELSEWHERE =
  /^(?:gh[pousr]_|github_pat_|npm_|pk\.eyJ|pk_(?:live|test)_|sb_publishable_|rk_live_|phc_|pub[0-9a-f]{32}$)/;

/** Words, not secrets: a value made only of lower-case letters, or common defaults. */
const WEAK =
  /^(?:[a-z]{1,12}|[a-z]+[_-][a-z]+|\d{1,8}|admin|password\d*|passw0rd|secret\d*|root|qwerty\d*|letmein|welcome\d*)$/;

/** A value that names what it is instead of being it: `my-db-password`, `[type=password]`. */
const SELF_DESCRIBING = /passw(?:or)?d|secret|token|credential/i;

/** A file system path, `/Users/maciej` or `~/.config/app`: segments that read as names. */
const PATH = /^(?:~|\.{1,2})?(?:\/\.?[A-Za-z][a-z0-9._-]*){2,}\/?$/;

/** Punctuation that makes an unquoted value an expression: calls, objects, lists, statements. */
const EXPRESSION = /[(){}[\],;]/;

// NAME [=:] value in .env, shell, JSON, YAML, TOML, XML tags, .NET `<add key="…" value="…">`
// and code. The name keeps only the
// identifier; the quote that opens the value and the one after it are their own groups, so the
// filter can tell a string literal from an expression. The pieces are disjoint so matching is
// linear.
const ASSIGN = String.raw`[\w.-]{0,30})["'\x60]?[ \t]{0,8}(?::=|=>|=|:|>|value=)[ \t]{0,8}(?<q>["'\x60]?)`;
// Backslashes end the value too (in JSON-escaped text `\n` is the end of the line), so does
// `&name=` (the next query parameter), and a value never ends in `,` or `;`: those close the
// statement or the list item.
const VALUE = String.raw`(?<secret>(?:[^\s"'\x60<>\\&]|&(?!\w{1,30}=)){7,199}[^\s"'\x60<>\\,;&])(?<close>["'\x60]?)`;

/**
 * True when the match is a whole line of configuration (`.env`, shell, YAML, INI): the name
 * starts the line, the value ends it. Only there may an unquoted value hold code punctuation.
 */
function wholeLine({ text, start, end }: MatchPlace): boolean {
  let i = start;
  const lo = Math.max(0, start - 80);
  while (i > lo && /[\w.-]/.test(text[i - 1] as string)) i--;
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  if (
    !/^[ \t]*(?:export[ \t]+|set[ \t]+|-[ \t]+)?$/.test(text.slice(Math.max(lineStart, i - 40), i))
  )
    return false;
  const lineEnd = text.indexOf('\n', end);
  return /^[ \t]*(?:#.*)?\r?$/.test(
    text.slice(end, lineEnd < 0 ? text.length : Math.min(lineEnd, end + 200)),
  );
}

/**
 * Whether an assigned value is a literal secret rather than code: an identifier, a type, a
 * member access or call, a keyword, a reference or a name built from words is not.
 */
function literalSecret(minLength: number, minEntropy: number) {
  return (
    value: string,
    groups: Readonly<Record<string, string | undefined>>,
    place: MatchPlace,
  ): boolean => {
    const quote = groups.q ?? '';
    if (value.length < minLength || NOT_A_SECRET_NAME.test(groups.name ?? '')) return false;
    if (quote) {
      // A literal must end where the value ends: `"abc def"` or `'it''s'` is prose.
      if (groups.close !== quote) return false;
    } else if (/^[$%@{&*!]/.test(value) || (EXPRESSION.test(value) && !wholeLine(place))) {
      return false;
    }
    if (/^[a-z][\w+.-]*:\/\//i.test(value)) return false;
    if (SELF_DESCRIBING.test(value) || builtFromWords(value) || PATH.test(value)) return false;
    if (looksLikeCode(value)) return false;
    if (WEAK.test(value) || OWNED_ELSEWHERE.test(value)) return false;
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
    pattern: new RegExp(String.raw`(?<name>(?:passw(?:or)?d|pwd|passphrase)${ASSIGN}${VALUE}`, 'i'),
    filter: literalSecret(8, 2.8),
    confidence: 'medium',
    anchored: true,
    examples: () => {
      const f = fake(551);
      const a = f.chars(14) + '!7';
      const b = f.chars(12) + '#x';
      const c = f.chars(16) + '_9';
      const d = f.chars(10) + ';' + f.chars(6);
      const e = f.chars(18);
      return {
        match: [
          { text: `DB_PASSWORD=${a}`, secret: a },
          { text: `{"password": "${b}"}`, secret: b },
          { text: `<password>${c}</password>`, secret: c },
          { text: `conn = connect(user="app", password='${b}')`, secret: b },
          { text: `export PGPASSWORD=${d};`.slice(0, -1), secret: d },
          { text: `SMTP_PASSWORD=${e} # rotated monthly`, secret: e },
          { text: `<add key="ClearTextPassword" value="${a}" />`, secret: a },
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
          { text: 'createCipher(algorithm: string, password: BinaryLike)', why: 'a type' },
          {
            text: '  def login(self, password: Optional[str] = None):',
            why: 'a Python annotation',
          },
          {
            text: 'ASYNC_LOCAL_PASSWORD_SCANNING = "asyncLocalPasswordScanning",',
            why: 'a constant repeating its own name',
          },
          {
            text: '{token:e.getToken(),secret:void 0,password:null};color:red',
            why: 'minified code',
          },
          { text: 'let{password:r,strength:i,resolveReady:a}=n', why: 'a destructuring' },
          { text: "simple: { password: 'secret-2-levels' },", why: 'a demo value made of words' },
          { text: 'password: "[type=password]",', why: 'a CSS selector' },
          { text: "PWD: '/home/robot'", why: 'a path' },
          { text: "  *   PWD: '/Users/maciej',", why: 'a path with a name in it' },
          { text: 'password: process.env.DB_PASSWORD ?? fallbackPassword,', why: 'code' },
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
      String.raw`(?<name>(?:secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|auth[_.-]?key|credentials?)${ASSIGN}${VALUE}`,
      'i',
    ),
    filter: (secret, groups, place) =>
      literalSecret(16, 3.2)(secret, groups, place) && looksRandom(secret, 16, 3.2),
    yieldsToProviders: true,
    confidence: 'medium',
    anchored: true,
    examples: () => {
      const f = fake(552);
      const a = f.chars(32);
      const b = f.chars(40, 'hexLower');
      const c = f.chars(28, 'base64url').replace(/^[-_]/, 'q');
      return {
        match: [
          { text: `export SERVICE_API_KEY=${a}`, secret: a },
          { text: `client_secret: "${b}"`, secret: b },
          { text: `https://api.example.net/v1/items?api_key=${a}&page=2`, secret: a },
          { text: `const client = new Client({ accessToken: '${c}' });`, secret: c },
        ],
        noMatch: [
          { text: 'api_key = "your-api-key-here"', why: 'placeholder' },
          { text: 'token_url: https://auth.example.net/oauth/token', why: 'a URL setting' },
          { text: 'tokenizer = AutoTokenizer.from_pretrained(name)', why: 'code' },
          { text: 'secret_name: prod-db-credentials', why: 'names a secret' },
          { text: `API_KEY=${'x'.repeat(32)}`, why: 'filler characters' },
          { text: 'type SemicolonToken = SemicolonToken$1;', why: 'a type alias' },
          {
            text: 'export type SecretLintConfigDescriptor_ = SecretLintConfigDescriptor;',
            why: 'a type alias',
          },
          { text: '  markdownTokenizer: MarkdownTokenizer', why: 'an interface member' },
          { text: '    this._proxyCredentials = proxyCredentials;', why: 'a variable' },
          { text: '  tokenize: tokenizeWwwAutolink,', why: 'an object member naming a function' },
          { text: "  'X-TOKEN-SECRET': 'SuperSecretToken',", why: 'a demo value made of words' },
          {
            text: 'E.isSemicolonToken=Iy;E.isSequenceExpression=cw;E.isSetKeyword=_K;',
            why: 'minified code',
          },
          {
            text: 'const token = core.getInput("github-token", { required: true });',
            why: 'a call',
          },
          { text: 'api_key: ${{ secrets.SERVICE_API_KEY }}', why: 'a CI secret reference' },
          {
            text: "clientToken: 'pub" + f.chars(32, 'hexLower') + "',",
            why: 'public by design (Datadog RUM)',
          },
        ],
      };
    },
  }),
];
