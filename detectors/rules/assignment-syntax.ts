/**
 * The grammar of `name = value` in the places people paste: .env and shell, YAML, INI and
 * properties, JSON, TOML, XML, HCL, Kubernetes env lists, code in many languages, and chat. The
 * generic rules find the name by keyword; this module says where its value is and whether that
 * value is a literal secret or code.
 */
import { characterClasses, shannonEntropy } from '../entropy';
import { identifierStart } from '../identifier';
import type { MatchPlace } from '../rule';
import { passwordOfWords } from '../value-shape';
import { FILE_NAME, looksLikeCode } from './rule-parts';

/** Key names that describe a secret without being one (`token_url`, `password_policy`…). */
const NOT_A_SECRET_NAME =
  /(?:url|uri|type|name|salt|iv|nonce|file|path|dir|field|length|len|size|count|hash|policy|reset|hint|label|prompt|regex|pattern|min|max|id|expir\w*|endpoint|header|format|enabled|required|rules?|strength|input|placeholder|validation|error|message|limit|ttl|timeout|key_?id|version|prefix|suffix|-{3,})$/i;

/**
 * Tokens that name a place in a sequence or a form, not a credential: pagination and
 * continuation tokens, WebDAV lock tokens, CSRF tokens, ETags.
 */
const NOT_A_CREDENTIAL_TOKEN =
  /(?:continuation|next|page|pagination|sync|cursor|lock|request|idempotency|cancel|cancellation|csrf|xsrf|forgery|verification|state|resume|sequence|change|delta|etag)[_.-]?token$/i;

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

/** A value kept elsewhere: `$VAR`, `${VAR}`, `%VAR%`, `{{ var }}`. */
const REFERENCE = /^(?:\$\{?[A-Za-z_]\w*\}?|%[\w.]+%|\{\{.*\}\})$/;

/** Regular-expression syntax in a string literal: classes with ranges, groups, escapes. */
const REGEX_SYNTAX = /\[[^\]]*\w-\w[^\]]*\]|\(\?[:=!<]|\\[dwsbDWSB]|\.[*+]|\{\d+(?:,\d*)?\}/;

/** YAML syntax where a scalar would be: anchors, aliases, tags, block scalars. */
const YAML_SYNTAX = /^[&*!|>%@`]/;

/**
 * Between the name and the value. The operator is its own group, so the filter knows which form
 * it read; the pieces are disjoint so matching stays linear, and the common forms come first.
 * - `: Type =` declarations (TypeScript, Kotlin, Swift, Python, Rust `&str`)
 * - `:=`, `=>`, `=` (never `==`), `:`, `>` (XML), `value=` / `value:` (.NET `<add key value>`,
 *   a Kubernetes env list's next line)
 * - `,` after a quoted name (`define('DB_PASSWORD', '…')`, `setProperty("password", "…")`)
 * - `{ … default =` (a Terraform variable block)
 * - prose: `for the staging db is`, `is`, or a space before twelve token characters (`my api
 *   secret Xy7…`), held to stricter checks
 */
const OPERATOR = String.raw`(?<op>=(?!=)|:(?![=:])|:=|=>|>|:[ \t]{0,4}&?[\w.<>[\]?|]{1,40}[ \t]{0,4}=(?!=)|(?:\r?\n[ \t]{0,24}-?[ \t]{0,4})?value[:=]|(?<=["'\x60][ \t]{0,8}),|\{[^{}]{0,160}?default[ \t]{0,8}=|(?<=[ \t])(?:(?:for|of|on)(?:[ \t]+[\w.@/-]{1,40}){1,4}[ \t]+)?is(?=[ \t])|(?<=[ \t])(?=[\w+/=.~]{12}))`;

/**
 * The rest of the name after its keyword, a closing quote, the operator and an opening quote.
 * A lookahead on the characters an operator can start with lets a keyword that no assignment
 * follows fail before the operators are tried one by one.
 */
export const ASSIGN = String.raw`[\w.-]{0,30})["'\x60]?[ \t]{0,8}(?=[=:>\r\nv,{]|(?<=[ \t]))${OPERATOR}[ \t]{0,8}(?<q>["'\x60]?)`;

/**
 * The value: printable ASCII that stops at whitespace, quotes, angle brackets and backslashes (in
 * JSON-escaped text `\n` ends the line) except an escaped quote inside a literal, at `&name=`
 * (the next query parameter), and never ends in `,` or `;`, which close the statement or the
 * list item. Prose in other scripts is never a value.
 */
export const VALUE = String.raw`(?<secret>(?:[!#-%(-;=?-\[\]-_a-~]|\\["'\\/]|&(?!\w{1,30}=)){7,199}[!#-%(-+\--:=?-\[\]-_a-~])(?<close>["'\x60]?)`;

/** A call where a value would be: `tOptional(tString)`, `os.getenv("X")`. */
const CALL = /^[A-Za-z_$][\w.$]*\(.*\)$/;

/**
 * Code inside a "literal": the quote that seemed to open it closed a string, and a call or a
 * statement follows (`"+e),t||(…`, `"+A)}s=makeRequest({…});n=`).
 */
const STATEMENTS = /[A-Za-z_$][\w$]*\([\w$.,]*\)|\)[;}]|[;{}][A-Za-z_$][\w$]*=/;

/** Operators of code in an unquoted value: `&&`, `||`, `!=`, `?.`, chained `a.b=c.d=`. */
const OPERATORS = /&&|\|\||[!=]=|\?\.|[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*=/;

/** Operators of prose rather than syntax: the value must look all the more random. */
const PROSE = /^(?:for|of|on|is|$)/;

/** Where the identifier that holds the keyword begins: `NextContinuation|Token`. */
function nameStart(text: string, start: number): number {
  return identifierStart(text, start, 80);
}

/**
 * True when the match is a whole line of configuration (`.env`, shell, YAML, INI): the name
 * starts the line, the value ends it. Only there may an unquoted value hold code punctuation.
 */
function wholeLine({ text, start, end }: MatchPlace): boolean {
  const i = nameStart(text, start);
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  const before = text.slice(Math.max(lineStart, i - 40), i);
  if (!/^[ \t]*(?:export[ \t]+|set[ \t]+|-[ \t]+)?$/.test(before)) return false;
  const lineEnd = text.indexOf('\n', end);
  return /^[ \t]*(?:#.*)?\r?$/.test(
    text.slice(end, lineEnd < 0 ? text.length : Math.min(lineEnd, end + 200)),
  );
}

/**
 * The quoted name opens an argument list, `define('DB_PASSWORD', …)`: in a list of strings
 * (`["unique_token", "lazy_update"]`) one string is not the other's value.
 */
function firstArgument({ text, start }: MatchPlace): boolean {
  let i = nameStart(text, start);
  const lo = Math.max(0, start - 80);
  if (!/["'\x60]/.test(text[i - 1] ?? '')) return false;
  i--;
  while (i > lo && /[ \t]/.test(text[i - 1] as string)) i--;
  return text[i - 1] === '(';
}

function urlDecoded(value: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The name starts just after `?`, `&` or `;`: a URL query parameter, URL-encoded. */
function queryParameter({ text, start }: MatchPlace): boolean {
  const i = nameStart(text, start);
  return /[?&;]/.test(text[i - 1] ?? '');
}

/** Whether a value in code is code: its form depends on whether it was quoted and where. */
function isCode(raw: string, quoted: boolean, op: string, place: MatchPlace): boolean {
  if (REFERENCE.test(raw)) return true;
  // A query value is URL-encoded: literal brackets, braces or parens are not one.
  if (!quoted && op === '=' && queryParameter(place))
    return EXPRESSION.test(raw) || REFERENCE.test(urlDecoded(raw));
  if (quoted) return REGEX_SYNTAX.test(raw) || FILE_NAME.test(raw) || STATEMENTS.test(raw);
  if (CALL.test(raw)) return true;
  if (wholeLine(place)) return op === ':' && YAML_SYNTAX.test(raw);
  // looksLikeCode also turns down a leading `$`, `%`, `@`, `{`, `&`, `*` or `!`.
  return EXPRESSION.test(raw) || OPERATORS.test(raw) || looksLikeCode(raw);
}

/**
 * Whether an assigned value is a literal secret rather than code: an identifier, a type, a
 * member access or call, a keyword, a reference or a name built from words is not.
 */
export function literalSecret(minLength: number, minEntropy: number) {
  return (
    raw: string,
    groups: Readonly<Record<string, string | undefined>>,
    place: MatchPlace,
  ): boolean => {
    const quote = groups.q ?? '';
    const op = groups.op ?? '';
    const prose = PROSE.test(op);
    if (raw.length < (prose && !quote ? 12 : minLength)) return false;
    if (NOT_A_SECRET_NAME.test(groups.name ?? '')) return false;
    const fullName =
      place.text.slice(nameStart(place.text, place.start), place.start) + (groups.name ?? '');
    if (NOT_A_CREDENTIAL_TOKEN.test(fullName)) return false;
    // A literal must end where the value ends: `"abc def"` or `'it''s'` is prose.
    if (quote && groups.close !== quote) return false;
    if ((op === ',' || op.startsWith('{')) && !quote) return false;
    if (op === ',' && !firstArgument(place)) return false;
    if (isCode(raw, quote !== '', op, place)) return false;
    const value = urlDecoded(raw.replace(/\\(["'\\/])/g, '$1'));
    if (/^[a-z][\w+.-]*:\/\//i.test(value) || PATH.test(value)) return false;
    if (OWNED_ELSEWHERE.test(value) || !randomLiteral(value, minLength, minEntropy)) return false;
    // In a sentence only a value that could not be a word counts.
    if (prose && !quote) {
      if (value.length < 12 || shannonEntropy(value) < 3.3 || characterClasses(value) < 2)
        return false;
      // With no `is` to say what follows, only a token's alphabet: not `--flags` or URLs.
      if (op.trim() === '' && !/^[\w+/=.~]+$/.test(value)) return false;
    }
    return true;
  };
}

/**
 * A literal random enough to be a password or key: not made of words, not a reference, not a
 * default, not a short number; also for credentials that are passed by position
 * (`NetworkCredential("user", "…")`, `sshpass -p '…'`).
 */
export function randomLiteral(raw: string, minLength = 8, minEntropy = 2.8): boolean {
  const value = urlDecoded(raw);
  if (value.length < minLength || REFERENCE.test(value)) return false;
  if (SELF_DESCRIBING.test(value) || passwordOfWords(value) || WEAK.test(value)) return false;
  if (/^[\d.:-]+$/.test(value) && value.length < 20) return false;
  if (shannonEntropy(value) < minEntropy) return false;
  return characterClasses(value) >= 2 || value.length >= 20;
}

/**
 * `pass` alone names a password only as its own word (`DB_PASS`, `smtp.pass`), not inside one
 * (`bypass`, `compass`).
 */
export function passStandsAlone(
  groups: Readonly<Record<string, string | undefined>>,
  { text, start }: MatchPlace,
): boolean {
  const name = groups.name ?? '';
  if (!/^pass(?!w|p)/i.test(name)) return true;
  // Never inside a word, nor in prose ("you would pass `options.html`"). In camelCase only with
  // a string literal: `isInCheckNoChangesPass = ngDevMode && …` is a pass of an algorithm,
  // `rabbitmqDefaultPass = '…'` a password.
  if (PROSE.test(groups.op ?? '')) return false;
  const before = text[start - 1] ?? '';
  if (/[a-z]/.test(before)) return name[0] === 'P' && (groups.q ?? '') !== '';
  return !/[A-Z]/.test(before);
}
