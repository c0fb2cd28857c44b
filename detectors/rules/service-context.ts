/**
 * Shared pattern pieces for service rules whose value has no prefix of its own (Datadog's 32-hex
 * API key, Twilio's auth token…): the value only counts when a provider keyword names it.
 */

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
export function nearKeyword(keywords: string, value: string, end = String.raw`[\w-]`): RegExp {
  return new RegExp(
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
