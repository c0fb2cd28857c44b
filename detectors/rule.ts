/**
 * The shape of one detector rule. Rules are data: the engine compiles them, the shared rule test
 * iterates their examples, the options page lists them by group.
 */
import type { ProviderId } from './providers';

export type Confidence = 'high' | 'medium' | 'low';

/** Provider groups the options page can switch on and off as a whole. */
export type RuleGroup =
  'cloud' | 'code' | 'payments' | 'messaging' | 'ai' | 'saas' | 'secrets-managers' | 'generic';

/**
 * A true example: either a bare token (the whole string is the secret, and the shared test also
 * wraps it in a matrix of contexts), or a text with the exact secret inside it.
 */
export type MatchExample = string | { text: string; secret: string };

/** A false example, with the trap it sets (wrong prefix, placeholder, bad checksum…). */
export interface NoMatchExample {
  text: string;
  why: string;
  /**
   * Set when the text still holds a secret by docs/label-policy.md, only not this rule's (a
   * random value under a generic `token=` name, another provider's token): the corpus labels it.
   */
  secret?: string;
}

/** A false example whose `name=value` is still a secret by the label policy: the generic rules'. */
export function genericSecret(text: string, why: string): NoMatchExample {
  const value = /[=:][ \t]*["']?([^"'\s]+)/.exec(text)?.[1];
  return value ? { text, why, secret: value } : { text, why };
}

/** A regular expression as text: what the engine compiles (with flags of its own) on first use. */
export interface PatternText {
  readonly source: string;
  readonly flags: string;
}

/**
 * A pattern assembled from parts, kept as text until the engine first runs it. The rules load
 * with the guard on a page, sometimes while a paste waits for them, and parsing all 210 assembled
 * patterns as they loaded, where that paste needs a few, took 1-2 ms of the wait. Every rule's
 * pattern is still compiled by the tests (linear-time.test.ts).
 */
export function patternText(source: string, flags = ''): PatternText {
  return { source, flags };
}

export interface RuleExamples {
  match: MatchExample[];
  noMatch: NoMatchExample[];
}

/**
 * What the engine needs to find a rule's secrets: all the content script carries of a rule.
 */
export interface RuleMatcher {
  /** kebab-case, unique across all rules */
  id: string;
  /** Set where the rule is registered (all-rules.ts), the one place groups are stated. */
  group: RuleGroup;
  /** Lower-case literals; the rule only runs when one of them occurs in the lower-cased text. */
  keywords: readonly string[];
  /**
   * Must run in linear time (no nested quantifiers over overlapping classes). When it has a named
   * group `secret`, that group is the finding's span; otherwise the whole match is. A RegExp
   * literal, or `patternText()` for one assembled from parts.
   */
  pattern: PatternText;
  /** Checksum or structure check on the secret span; false drops the candidate. */
  validate?: (secret: string) => boolean;
  /** Shannon entropy floor in bits per character, measured on the secret span. */
  minEntropy?: number;
  /** How sure a match is; omitted, 'high' (a rule says when it is less sure). */
  confidence?: Confidence;
  /**
   * Characters of context the engine searches on each side of a keyword hit in large texts
   * (default 512). Raise it for long secrets such as PEM blocks.
   */
  window?: number;
  /**
   * True when every match starts exactly where one of the keywords starts (prefix tokens,
   * `name = value` rules). The engine then tries the pattern only at keyword hits, in constant
   * time per hit, instead of searching the surrounding line.
   */
  anchored?: boolean;
  /**
   * Extra check with the pattern's named groups (e.g. a key name or a host) and the text around
   * the match, for rules whose verdict depends on more than the secret span. False drops the
   * candidate.
   */
  filter?: (
    secret: string,
    groups: Readonly<Record<string, string | undefined>>,
    place: MatchPlace,
  ) => boolean;
  /**
   * For generic `name = value` rules: drop the value when its key name (the `name` group and the
   * identifier just before the match) names a provider that has its own rule, which knows the
   * exact format and did not claim the value.
   */
  yieldsToProviders?: boolean;
}

/**
 * What a rule tells people, and its examples: what the extension's builds strip from rule files
 * (build/strip-rule-examples.ts). The examples go from every build; the words go from the
 * content script's, whose dialog asks the background for them (lib/rule-info.ts).
 */
export interface RuleInfo {
  provider: ProviderId;
  title: string;
  /** Where the owner revokes or rotates this kind of credential. */
  rotateUrl?: string;
  /**
   * Built lazily, and from parts at run time so the repository holds no literal token.
   */
  examples: () => RuleExamples;
}

/** A rule whole, once registered: what the tests, the CLI and the corpus read. */
export type Rule = RuleMatcher & RuleInfo;

/**
 * A rule as an extension build carries it: the matcher always, its info only where that build
 * keeps it (the background's words, no one's examples).
 */
export type BuiltRule = RuleMatcher & Partial<RuleInfo>;

/** Where a rule's whole match lies: `text.slice(start, end)` is the match. */
export interface MatchPlace {
  text: string;
  start: number;
  end: number;
}

/**
 * A rule as its provider file declares it. Its group is the table that registers it
 * (all-rules.ts), so rule files do not repeat it three hundred times in the content script.
 */
export type RuleSpec = Omit<Rule, 'group'>;

/** Identity helper: gives rule files type checking without a class. */
export function defineRule(rule: RuleSpec): RuleSpec {
  return rule;
}
