/**
 * The scanning engine: keyword prefilter, rule patterns run in windows around keyword hits,
 * shared checks, decoding layers and overlap resolution.
 */
import { decodedViews } from './decode';
import { identifierStart } from './identifier';
import { shannonEntropy } from './entropy';
import { isPlaceholder } from './placeholder';
import { isPublishedSample } from './published-samples';
import { base64Runs, KeywordMatcher } from './prefilter';
import { namesProvider, type ProviderNames } from './provider-names';
import { redact } from './redact';
import { builtFromWords } from './value-shape';
import type { BuiltRule, Confidence, MatchPlace } from './rule';
import type { Finding, ScanOptions } from './types';
import { compileUserRules, runUserRules, type UserRuleCheck } from './user-rule-runner';

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
/** Below this size every triggered rule simply runs over the whole text. */
const WHOLE_TEXT_LIMIT = 16 * 1024;
/**
 * In large texts the base64 layer only looks near these words (Kubernetes `data:` and
 * `kind: Secret`, Docker `"auths"`, explicit base64); small texts (a paste) are searched whole.
 */
const DECODE_TRIGGERS = ['data:', '"auths"', 'base64', 'b64', 'kind: secret'];
/** How far after a trigger the base64 layer looks. */
const TRIGGER_REACH = 8192;

/** Longest stretch of a line searched on either side of a keyword hit. */
const LINE_CAP = 1024;
/**
 * A line window also reaches this far past the keyword across line ends: a YAML parent names the
 * provider (`stability:\n  key: …`) and the value sits on a later line, as a whole-text search
 * of a paste would find it.
 */
const NEXT_LINES_REACH = 256;
/** Longest identifier read before a generic rule's match to find the whole key name. */
const NAME_REACH = 64;

/**
 * A rule's regular expressions, each made on first use: a scan runs only the rules whose keywords
 * it meets, and making all of them up front took a third of the engine's build on a page.
 */
class Compiled {
  private global?: RegExp;
  private anchored?: RegExp;
  private withIndices?: RegExp;
  constructor(readonly rule: BuiltRule) {}

  private make(flags: string): RegExp {
    return new RegExp(
      this.rule.pattern.source,
      this.rule.pattern.flags.replace(/[gyd]/g, '') + flags,
    );
  }

  prepare(): void {
    void [this.re, this.sticky, this.exact];
  }

  /** Global search, without match indices: most matches are rejected, so none are computed. */
  get re(): RegExp {
    return (this.global ??= this.make('g'));
  }

  /** Sticky twin of `re` for anchored rules, tried at each keyword start. */
  get sticky(): RegExp | undefined {
    return this.rule.anchored ? (this.anchored ??= this.make('y')) : undefined;
  }

  /** Sticky with indices, re-run at an accepted match's start to get the secret's exact span. */
  get exact(): RegExp {
    return (this.withIndices ??= this.make('yd'));
  }
}

interface Candidate {
  ruleId: string;
  provider: string;
  title: string;
  group: Finding['group'];
  confidence: Confidence;
  rotateUrl?: string;
  start: number;
  end: number;
  secret: string;
  encoding?: Finding['encoding'];
}

// Rule-specific checks first: they reject most look-alikes before the shared ones run.
function passes(
  rule: BuiltRule,
  secret: string,
  groups: Record<string, string | undefined>,
  haystack: string,
  m: RegExpExecArray,
): boolean {
  try {
    if (rule.validate && !rule.validate(secret)) return false;
    if (rule.filter) {
      const place: MatchPlace = { text: haystack, start: m.index, end: m.index + m[0].length };
      if (!rule.filter(secret, groups, place)) return false;
    }
  } catch {
    return false;
  }
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return false;
  if (isPlaceholder(secret) || isPublishedSample(secret)) return false;
  // A value beside a name that reads as words (`Bearer PRIMARY_ACCOUNT_JWT`,
  // `twilio … GetEnrollmentsByIdRequest`) is a name itself. Prefixed tokens and webhook URLs,
  // whose span is the whole match, are judged by their format alone.
  return groups.secret === undefined || secret.includes('://') || !builtFromWords(secret);
}

function selected(rule: BuiltRule, options: ScanOptions): boolean {
  const on = options.rules;
  if (on && !on.includes(rule.id) && !on.includes(rule.group)) return false;
  const off = options.disabled;
  return !(off && (off.includes(rule.id) || off.includes(rule.group)));
}

/** The identifier ending at `at` (bounded), e.g. `PAYPAL_CLIENT_` before a match on `SECRET=`. */
function nameBefore(text: string, at: number): string {
  return text.slice(identifierStart(text, at, NAME_REACH), at);
}

/** Keeps non-overlapping candidates: higher confidence, then longer span, then specific rules. */
export function resolveOverlaps<
  T extends { start: number; end: number; confidence: Confidence; group: string },
>(candidates: T[]): T[] {
  // The same span claimed by several rules: keep the most specific one, at the best confidence.
  const bySpan = new Map<string, T>();
  for (const c of candidates) {
    const key = `${c.start}:${c.end}`;
    const seen = bySpan.get(key);
    if (!seen) {
      bySpan.set(key, c);
      continue;
    }
    const best = RANK[c.confidence] > RANK[seen.confidence] ? c.confidence : seen.confidence;
    const keep = seen.group === 'generic' && c.group !== 'generic' ? c : seen;
    bySpan.set(key, { ...keep, confidence: best });
  }
  const ordered = [...bySpan.values()].sort(
    (a, b) =>
      RANK[b.confidence] - RANK[a.confidence] ||
      b.end - b.start - (a.end - a.start) ||
      Number(a.group === 'generic') - Number(b.group === 'generic') ||
      a.start - b.start,
  );
  const kept: T[] = [];
  for (const c of ordered) {
    // Binary search for the first kept interval ending after c.start.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as T).start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if (prev && prev.end > c.start) continue;
    if (next && next.start < c.end) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

export class Engine {
  private readonly compiled: Compiled[];
  private readonly matcher: KeywordMatcher;
  private readonly keywordRules: number[][];
  private readonly keywordLengths: number[];
  private allActive: boolean[] | undefined;
  private readonly providerNames: ProviderNames;
  /** 1 for keywords that open a base64 search window. */
  private readonly triggers: Uint8Array;

  /**
   * `names`: what `providerNames(rules)` gives, precomputed where rules carry no `provider`.
   * `checkUserRule`: which user rules may run; only a caller whose user rules were all accepted
   * by `userRuleProblem` beforehand may leave it out (see guard-scan.ts).
   */
  constructor(
    rules: readonly BuiltRule[],
    names: ProviderNames,
    private readonly checkUserRule?: UserRuleCheck,
  ) {
    this.compiled = rules.map((rule) => new Compiled(rule));
    this.providerNames = names;
    const index = new Map<string, number>();
    const keywordRules: number[][] = [];
    rules.forEach((rule, r) => {
      for (const kw of rule.keywords) {
        let k = index.get(kw);
        if (k === undefined) {
          k = keywordRules.length;
          index.set(kw, k);
          keywordRules.push([]);
        }
        const list = keywordRules[k] as number[];
        if (!list.includes(r)) list.push(r);
      }
    });
    for (const word of DECODE_TRIGGERS) {
      if (!index.has(word)) {
        index.set(word, keywordRules.length);
        keywordRules.push([]);
      }
    }
    this.keywordRules = keywordRules;
    const keywords = [...index.keys()];
    this.triggers = Uint8Array.from(keywords, (k) => (DECODE_TRIGGERS.includes(k) ? 1 : 0));
    this.keywordLengths = keywords.map((k) => k.length);
    this.matcher = new KeywordMatcher(keywords);
  }

  /** Makes now what the engine otherwise makes on first use: for idle time before a paste. */
  prepare(): void {
    this.matcher.fillAll();
    for (const compiled of this.compiled) compiled.prepare();
  }

  scan(text: string, options: ScanOptions = {}): Finding[] {
    const active =
      options.rules || options.disabled
        ? this.compiled.map((c) => selected(c.rule, options))
        : (this.allActive ??= this.compiled.map(() => true));
    const decode = options.decode !== false;
    const runs: number[] = [];
    const candidates = this.candidates(text, active, undefined, decode ? runs : undefined);
    if (decode && text.length > 0) {
      for (const view of decodedViews(text, runs)) {
        for (const c of this.candidates(view.text, active, view.kind)) {
          const map = view.map;
          candidates.push({
            ...c,
            start: map ? (map[c.start] as number) : view.origin,
            end: map ? (map[c.end] as number) : view.originEnd,
          });
        }
      }
    }
    if (options.userRules?.length) {
      for (const m of runUserRules(text, compileUserRules(options.userRules, this.checkUserRule))) {
        const secret = text.slice(m.start, m.end);
        if (isPlaceholder(secret)) continue;
        candidates.push({
          ruleId: `user-${m.rule.id}`,
          provider: 'user',
          title: m.rule.title,
          group: 'user',
          confidence: m.rule.confidence,
          start: m.start,
          end: m.end,
          secret,
        });
      }
    }
    const floor = RANK[options.minConfidence ?? 'low'];
    const kept = resolveOverlaps(candidates.filter((c) => RANK[c.confidence] >= floor));
    return kept.map((c) => {
      const f: Finding = {
        ruleId: c.ruleId,
        provider: c.provider,
        title: c.title,
        group: c.group,
        confidence: c.confidence,
        start: c.start,
        end: c.end,
        redacted: redact(text.slice(c.start, c.end)),
      };
      if (c.rotateUrl) f.rotateUrl = c.rotateUrl;
      if (c.encoding) f.encoding = c.encoding;
      return f;
    });
  }

  /**
   * Windows of text each active rule must look at, from one keyword pass: the line around each
   * keyword hit (capped at LINE_CAP either side), or `rule.window` characters for multi-line
   * formats. Also collects base64 runs for the decoding layer when asked.
   */
  private windows(text: string, active: boolean[], runs?: number[]): (number[] | undefined)[] {
    const byRule: (number[] | undefined)[] = new Array(this.compiled.length);
    const whole = text.length <= WHOLE_TEXT_LIMIT;
    const triggerWindows: number[] = [];
    // Line bounds come from native searches, cached per line: a hit past the cached line's end
    // searches back only to that end and forward to the next line feed, so all the searches
    // together read the text about once, even when it is one 10 MB line.
    let lineStart = 0;
    let nextNewline = -1;
    this.matcher.forEachHit(
      text,
      (k, end) => {
        let lineWs = -1;
        let lineWe = -1;
        if (runs && !whole && this.triggers[k] === 1) {
          const last = triggerWindows.length - 1;
          const we = Math.min(text.length, end + TRIGGER_REACH);
          if (last > 0 && end <= (triggerWindows[last] as number)) triggerWindows[last] = we;
          else triggerWindows.push(Math.max(0, end - 256), we);
        }
        for (const r of this.keywordRules[k] as number[]) {
          if (!active[r]) continue;
          let list = byRule[r];
          if (this.compiled[r]?.rule.anchored) {
            // Anchored rules keep the keyword starts themselves.
            const begin = end - (this.keywordLengths[k] as number);
            if (!list) byRule[r] = list = [];
            if (list[list.length - 1] !== begin) list.push(begin);
            continue;
          }
          if (whole) {
            if (!list) byRule[r] = [0, text.length];
            continue;
          }
          const begin = end - (this.keywordLengths[k] as number);
          const reach = this.compiled[r]?.rule.window;
          let ws: number;
          let we: number;
          if (reach === undefined) {
            if (lineWs < 0) {
              if (nextNewline < end) {
                lineStart = text.lastIndexOf('\n', begin - 1) + 1;
                nextNewline = text.indexOf('\n', end);
                if (nextNewline < 0) nextNewline = text.length;
              }
              lineWs = Math.max(lineStart, begin - LINE_CAP);
              lineWe = Math.min(
                text.length,
                Math.max(Math.min(nextNewline, end + LINE_CAP), end + NEXT_LINES_REACH),
              );
            }
            ws = lineWs;
            we = lineWe;
          } else {
            ws = Math.max(0, begin - reach);
            we = Math.min(text.length, end + reach);
          }
          // A hit inside the last window still extends it: its match may run past that end.
          if (!list) byRule[r] = list = [];
          const last = list.length - 1;
          if (last > 0 && ws <= (list[last] as number))
            list[last] = Math.max(list[last] as number, we);
          else list.push(ws, we);
        }
      },
      whole ? runs : undefined,
    );
    for (let i = 0; runs && i < triggerWindows.length; i += 2) {
      base64Runs(text, triggerWindows[i] as number, triggerWindows[i + 1] as number, runs);
    }
    return byRule;
  }

  private candidates(
    text: string,
    active: boolean[],
    encoding: Finding['encoding'],
    runs?: number[],
  ): Candidate[] {
    const out: Candidate[] = [];
    const windows = this.windows(text, active, runs);
    for (let r = 0; r < windows.length; r++) {
      const list = windows[r];
      if (!list) continue;
      const compiled = this.compiled[r] as Compiled;
      const sticky = compiled.sticky;
      if (sticky) {
        for (const at of list) {
          sticky.lastIndex = at;
          const m = sticky.exec(text);
          if (m) this.consider(compiled, text, 0, m, encoding, out);
        }
        continue;
      }
      const re = compiled.re;
      for (let i = 0; i < list.length; i += 2) {
        const ws = list[i] as number;
        const we = list[i + 1] as number;
        const slice = ws === 0 && we === text.length ? text : text.slice(ws, we);
        re.lastIndex = 0;
        for (let m = re.exec(slice); m; m = re.exec(slice)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          this.consider(compiled, slice, ws, m, encoding, out);
        }
      }
    }
    return out;
  }

  /**
   * Checks one match of a rule in `haystack` (which starts at `offset` in the scanned text) and
   * keeps it as a candidate. The exact span comes from a second, sticky run with indices, paid
   * only for the few matches that pass every check.
   */
  private consider(
    compiled: Compiled,
    haystack: string,
    offset: number,
    m: RegExpExecArray,
    encoding: Finding['encoding'],
    out: Candidate[],
  ): void {
    const rule = compiled.rule;
    const groups = m.groups ?? {};
    const secret = groups.secret ?? m[0];
    if (secret.length === 0 || !passes(rule, secret, groups, haystack, m)) return;
    if (
      rule.yieldsToProviders &&
      namesProvider(nameBefore(haystack, m.index) + (groups.name ?? ''), this.providerNames)
    )
      return;
    let start = m.index;
    if (groups.secret !== undefined) {
      compiled.exact.lastIndex = m.index;
      const span = compiled.exact.exec(haystack)?.indices?.groups?.secret;
      if (!span) return;
      start = span[0];
    }
    out.push({
      ruleId: rule.id,
      // Empty where the build strips them (the content script's: its dialog asks for the title).
      provider: rule.provider ?? '',
      title: rule.title ?? '',
      group: rule.group,
      confidence: rule.confidence ?? 'high',
      rotateUrl: rule.rotateUrl,
      start: offset + start,
      end: offset + start + secret.length,
      secret,
      encoding,
    });
  }
}
