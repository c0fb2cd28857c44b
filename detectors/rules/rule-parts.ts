/**
 * What provider files build their rules from: pattern pieces (token edges, `name = value`, a
 * value near a provider keyword), value checks, and `prefixed()` for tokens known by their prefix.
 */
import { characterClasses, shannonEntropy } from '../entropy';
import { fake, type Fake } from '../fake';
import type { ProviderId } from '../providers';
import {
  defineRule,
  patternText,
  type Confidence,
  type NoMatchExample,
  type PatternText,
  type RuleSpec,
} from '../rule';

/** Not preceded by a token character, so `xghp_…` does not count. */
export const START = String.raw`(?<![A-Za-z0-9_])`;
/** Not followed by a token character, so over-long look-alikes are skipped. */
export const END = String.raw`(?![A-Za-z0-9_])`;

/**
 * `name…[=:] value`: a provider or key name, the rest of the identifier, assignment punctuation
 * and quotes, then the value as the `secret` group. The pieces are disjoint so matching stays
 * linear. Case-insensitive.
 */
export function keyed(
  names: string,
  value: string,
  end = String.raw`(?![A-Za-z0-9_+/=-])`,
): PatternText {
  return patternText(
    String.raw`(?:${names})[\w.-]{0,30}["'\x60]?[ \t]{0,8}(?::=|=>|=|:|\s)[ \t]{0,8}["'\x60]?(?<secret>${value})${end}`,
    'i',
  );
}

/** File paths and module names: `bin/tool.js`, `./certs/server.pem`. */
export const FILE_NAME =
  /^[\w./@-]+\.(?:[cm]?js|ts|json|py|rb|go|sh|ya?ml|toml|txt|pem|key|crt|env|cfg|conf|ini)$/i;

/** Values that are code, not literals: member access, calls, env lookups, booleans. */
export function looksLikeCode(value: string): boolean {
  if (/^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*|\[[^\]]{0,40}\])+[;,]?$/.test(value)) return true;
  if (FILE_NAME.test(value)) return true;
  // Regular expressions and templates: several metacharacters in one value.
  if ((value.match(/[[\]{}|\\^]/g)?.length ?? 0) >= 3) return true;
  if (/[()]/.test(value) || /^[$%@{&*!]/.test(value)) return true;
  return /^(?:null|none|nil|true|false|undefined|required|optional|string|str|bool|int|number|os\.environ.*|process\.env.*|env\..*)$/i.test(
    value,
  );
}

/** A random-looking value: long enough, mixed or high-entropy. */
export function looksRandom(value: string, minLength = 16, minEntropy = 3): boolean {
  if (value.length < minLength) return false;
  if (shannonEntropy(value) < minEntropy) return false;
  return characterClasses(value) >= 2 || /^[0-9a-f]{32,}$/i.test(value);
}

/** End of a base64url token. */
export const END_URL = String.raw`(?![A-Za-z0-9_-])`;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export interface PrefixedSpec {
  id: string;
  provider: ProviderId;
  title: string;
  /** The literal prefix, e.g. `dop_v1_`. */
  prefix: string;
  /** Regular expression source of the body after the prefix. */
  body: string;
  /** Builds a valid body for the examples. */
  sample: (f: Fake) => string;
  seed: number;
  confidence?: Confidence;
  rotateUrl?: string;
  validate?: (secret: string) => boolean;
  minEntropy?: number;
  end?: string;
  /** Extra false examples; a truncated token is always added. */
  noMatch?: (f: Fake) => NoMatchExample[];
}

/** A rule for a token recognised by its literal prefix and body shape. */
export function prefixed(spec: PrefixedSpec): RuleSpec {
  return defineRule({
    id: spec.id,
    provider: spec.provider,
    title: spec.title,
    keywords: [spec.prefix.toLowerCase()],
    pattern: patternText(`${START}${escapeRegex(spec.prefix)}${spec.body}${spec.end ?? END_URL}`),
    validate: spec.validate,
    minEntropy: spec.minEntropy,
    anchored: true,
    confidence: spec.confidence,
    rotateUrl: spec.rotateUrl,
    examples: () => {
      const f = fake(spec.seed);
      const good = spec.sample(f);
      return {
        match: [spec.prefix + good, spec.prefix + spec.sample(f)],
        noMatch: [
          { text: spec.prefix + good.slice(0, Math.floor(good.length / 2)), why: 'truncated body' },
          ...(spec.noMatch?.(f) ?? []),
        ],
      };
    },
  });
}

// Service rules whose value has no prefix of its own (Datadog's 32-hex API key, Twilio's auth
// token…): the value only counts when a provider keyword names it.

/** The rest of an identifier after the keyword: `_API_KEY`, `.auth-token`. */
const NAME_TAIL = String.raw`[\w.-]{0,30}`;
/**
 * Assignment punctuation between name and value (`=`, `: "`, `=> '`, a header colon, Rust's
 * `: &str = "`, a Kubernetes env entry's indented next line). Disjoint from NAME_TAIL so the two
 * never compete for the same characters.
 */
const ASSIGN = String.raw`[\s"'\x60:=>,(\[{&]{1,40}`;

/** One more word between the name and its value: `api key: …`, a YAML parent, `token is …`. */
const HOP = String.raw`(?:[\s"'\x60:=>,(\[{&]{1,40}[\w.-]{1,30})?`;

/**
 * `keyword…name = value`, allowing up to three more words in between (nesting, prose such as
 * `datadog api key is …`). The value is the `secret` group; `end` lists characters that may not
 * follow it. Case-insensitive, so keep value classes case-neutral or accept both cases.
 */
export function nearKeyword(keywords: string, value: string, end = String.raw`[\w-]`): PatternText {
  return patternText(
    `(?:${keywords})${NAME_TAIL}${HOP}${HOP}${HOP}${ASSIGN}(?<secret>${value})(?!${end})`,
    'i',
  );
}

/** A lower-case UUID, the shape several providers use for keys that carry no prefix. */
export const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

/**
 * Bounded gap between two words of one name, across `_`, `.`, spaces or a YAML nesting
 * (`paypal:\n  client_secret`), for keywords such as `paypal…secret`.
 */
export const GAP = String.raw`[\w\s."':{-]{0,24}`;
