/**
 * Decides whether a user's regular expression is safe to run on the page's thread, where nothing
 * can stop a backtracking match once it has started. The source is parsed into a small tree (the
 * `u`-less syntax, flags `i` and the engine's own `gd` only); lookarounds, back-references and
 * anything else this parser does not know are refused, because refusing is always safe.
 *
 * Why the accepted subset runs in bounded time. A backtracking matcher explores, from each start
 * position, a tree whose leaves are the ways the pattern can be matched or fail there.
 * - Star height 1: a quantifier that can repeat more than once may only repeat content of one fixed
 *   length F ≥ 1 without `|` (a character, `(?:ab)`, `[a-f]{4}-`). Its repetition count then fixes
 *   how far it reached, so it branches at most once per count: r ≤ slice/F ways. `?` and `{0,1}`
 *   may hold anything accepted, being an alternative of two, not a loop.
 * - A quantifier whose characters cannot start what follows it (`[a-z]+\d`, `\s*=`) has one way
 *   that goes on; giving back any other count fails at the next step (cost: `fail` below). One
 *   whose characters can (`\w*\w*`) multiplies the ways of everything after it by r; so does an
 *   alternation whose branches can start on the same character (else only one of them goes on).
 * - A quantifier after which the rest can match empty ends the search when it is reached: the
 *   first way through succeeds, the others are never tried.
 * The cost per start position is then bounded twice, and the smaller bound must stay under the
 * budget: (1) the sum over items of (ways to reach it) × (its own steps); (2) (ways through the
 * whole pattern) × (one way's steps), since one way reads each character of the slice at most
 * once and gives each back at most once. `\w*\w*\w*\w*!` has slice³ ways and is refused;
 * `token\s*[:=]\s*[a-z0-9]{20,40}` has one, costing about two slice lengths per start.
 */

/** Bit c for each ASCII code unit c; bit 128 when the set may hold some code unit ≥ 128. */
type CharSet = bigint;

type Node =
  | { k: 'c'; s: CharSet } // one code unit from s
  | { k: 'z' } // ^ $ \b \B
  | { k: 'g'; alts: Node[][] } // a group, or the whole pattern
  | { k: 'r'; body: Node; min: number; max: number };

/** What follows a node: the code units it can start with, whether it always matches empty, and
 * the steps it takes to fail on a code unit it cannot start with. */
interface Follow {
  s: CharSet;
  end: boolean;
  fail: number;
}

interface Cost {
  ways: number;
  steps: number;
  lead: Follow;
}

const NESTED = 'pattern nests quantifiers, which can freeze the page';
const ALTERNATION = 'pattern repeats a group holding |, which can freeze the page';
const EMPTY_REPEAT = 'pattern repeats something that matches no characters';
const TOO_COSTLY =
  'pattern has repeats that can match the same text in too many ways, which can freeze the page';
const LOOKAROUND = 'pattern uses look-ahead or look-behind, which custom rules do not support';
const BACKREFERENCE = 'pattern uses back-references, which custom rules do not support';

const NONE = 0n;
const HIGH = 1n << 128n;
const Z: Node = { k: 'z' };

const span = (lo: number, hi = lo): CharSet =>
  (((1n << BigInt(Math.min(hi, 127) + 1)) - (1n << BigInt(Math.min(lo, 128)))) & (HIGH - 1n)) |
  (hi > 127 ? HIGH : NONE);
// Without the u flag, case folding never maps a code unit ≥ 128 to ASCII or back, so a negated
// set may hold some of them whatever it held before.
const negate = (s: CharSet) => (~s & (HIGH - 1n)) | HIGH;
const DIGIT = span(48, 57);
const WORD = DIGIT | span(65, 90) | span(97, 122) | span(95);
const SPACE = span(9, 13) | span(32) | span(160);
const CLASSES: Record<string, CharSet> = {
  d: DIGIT,
  w: WORD,
  s: SPACE,
  D: negate(DIGIT),
  W: negate(WORD),
  S: negate(SPACE),
};
const DOT = negate(span(10) | span(13));
const CONTROL: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
const UPPER = span(65, 90);
const LOWER = span(97, 122);
const fold = (s: CharSet) => s | ((s & UPPER) << 32n) | ((s & LOWER) >> 32n);

class Refusal extends Error {}
const refuse = (why: string): never => {
  throw new Refusal(why);
};

function parse(src: string, ignoreCase: boolean): Node {
  let i = 0;
  const unsupported = (): never =>
    refuse(`pattern has syntax custom rules do not support at character ${i + 1}`);
  const node = (s: CharSet): Node => ({ k: 'c', s: ignoreCase ? fold(s) : s });

  /** The escape at src[i] ('\'): a set and, for one code unit, its code; undefined for \b \B. */
  function escape(inClass: boolean): { s: CharSet; c?: number } | undefined {
    const ch = src[i + 1] ?? '';
    i += 2;
    const hex = (n: number) => {
      const digits = src.slice(i, i + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits)) unsupported();
      i += n;
      const c = parseInt(digits, 16);
      return { s: span(c), c };
    };
    const known = CLASSES[ch];
    if (known !== undefined) return { s: known };
    const control = CONTROL[ch];
    if (control !== undefined) return { s: span(control), c: control };
    if (ch === 'b' && inClass) return { s: span(8), c: 8 };
    if ((ch === 'b' || ch === 'B') && !inClass) return undefined;
    if (ch === 'x') return hex(2);
    if (ch === 'u') return hex(4);
    if (ch === '0' && !/\d/.test(src[i] ?? '')) return { s: span(0), c: 0 };
    if (/[1-9k]/.test(ch) && !inClass) refuse(BACKREFERENCE);
    // Other letters and digits mean different things with and without u, or nothing at all.
    if (/^[A-Za-z0-9]?$/.test(ch)) {
      i -= 2;
      unsupported();
    }
    const c = ch.charCodeAt(0);
    return { s: span(c), c };
  }

  function charClass(): CharSet {
    i++;
    const negated = src[i] === '^';
    if (negated) i++;
    let s = NONE;
    const atom = () => {
      if (src[i] === '\\') return escape(true) ?? unsupported();
      const c = src.charCodeAt(i++);
      return { s: span(c), c };
    };
    while (src[i] !== ']') {
      if (i >= src.length) unsupported();
      const at = i;
      const a = atom();
      if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
        i++;
        const b = atom();
        // Without u, `[\d-z]` is three alternatives rather than a range: too easy to misread.
        if (a.c === undefined || b.c === undefined) {
          i = at;
          return unsupported();
        }
        s |= span(a.c, b.c);
      } else s |= a.s;
    }
    i++;
    // Folded before negating: with i, `[^a]` matches neither a nor A.
    return negated ? negate(ignoreCase ? fold(s) : s) : s;
  }

  function quantifier(): { min: number; max: number } | undefined {
    let min = 0;
    let max = Infinity;
    const ch = src[i];
    if (ch === '+') min = 1;
    else if (ch === '?') max = 1;
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      // A brace that is not a quantifier is a literal without u and an error with it.
      if (!m) return unsupported();
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      i += m[0].length - 1;
    } else if (ch !== '*') return undefined;
    i++;
    if (src[i] === '?') i++;
    return { min, max };
  }

  function group(): Node {
    if (src.startsWith('(?', i)) {
      const named = /^\(\?(:|<[A-Za-z_$][\w$]*>)/.exec(src.slice(i));
      if (named) i += named[0].length;
      else if (/^\(\?<?[=!]/.test(src.slice(i))) refuse(LOOKAROUND);
      else unsupported();
    } else i++;
    const g = alternatives();
    if (src[i] !== ')') unsupported();
    i++;
    return g;
  }

  function sequence(): Node[] {
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const ch = src.charAt(i);
      let atom: Node;
      if (ch === '^' || ch === '$') {
        i++;
        atom = Z;
      } else if (ch === '\\') {
        const e = escape(false);
        atom = e ? node(e.s) : Z;
      } else if (ch === '(') atom = group();
      else if (ch === '[') atom = node(charClass());
      else if (ch === '.') {
        i++;
        atom = node(DOT);
      } else if ('*+?{'.includes(ch)) return unsupported();
      else atom = node(span(src.charCodeAt(i++)));
      const q = quantifier();
      if (q && atom === Z) unsupported();
      items.push(q ? { k: 'r', body: atom, ...q } : atom);
    }
    return items;
  }

  function alternatives(): Node {
    const alts = [sequence()];
    while (src[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return { k: 'g', alts };
  }

  const root = alternatives();
  if (i < src.length) unsupported();
  return root;
}

const nullable = (n: Node): boolean =>
  n.k === 'z' ||
  (n.k === 'r' && (n.min === 0 || nullable(n.body))) ||
  (n.k === 'g' && n.alts.some((alt) => alt.every(nullable)));
/** Matches empty whatever the text around it (assertions may fail). */
const sure = (n: Node): boolean =>
  (n.k === 'r' && (n.min === 0 || sure(n.body))) ||
  (n.k === 'g' && n.alts.some((alt) => alt.every(sure)));
const first = (n: Node): CharSet =>
  n.k === 'c'
    ? n.s
    : n.k === 'r'
      ? first(n.body)
      : n.k === 'g'
        ? n.alts.reduce((s, alt) => s | firstOf(alt), NONE)
        : NONE;
function firstOf(items: Node[]): CharSet {
  let s = NONE;
  for (const x of items) {
    s |= first(x);
    if (!nullable(x)) break;
  }
  return s;
}
/** The ways a node can match empty. */
const emptyWays = (n: Node): number =>
  n.k === 'z'
    ? 1
    : n.k === 'r'
      ? (n.min === 0 ? 1 : 0) + (n.max <= 1 ? emptyWays(n.body) : 0)
      : n.k === 'g'
        ? n.alts.reduce((sum, alt) => sum + alt.reduce((p, x) => p * emptyWays(x), 1), 0)
        : 0;
const size = (n: Node): number =>
  n.k === 'r'
    ? 1 + size(n.body)
    : n.k === 'g'
      ? n.alts.reduce((sum, alt) => alt.reduce((t, x) => t + size(x), sum), 1)
      : 1;
/** The one length a node always matches, or NaN. */
const fixedLength = (n: Node): number =>
  n.k === 'c'
    ? 1
    : n.k === 'z'
      ? 0
      : n.k === 'r'
        ? n.min === n.max
          ? n.min * fixedLength(n.body)
          : NaN
        : n.alts.length === 1
          ? n.alts.flat().reduce((t, x) => t + fixedLength(x), 0)
          : NaN;
const holdsAlternation = (n: Node): boolean =>
  n.k === 'r'
    ? holdsAlternation(n.body)
    : n.k === 'g' && (n.alts.length > 1 || n.alts.some((alt) => alt.some(holdsAlternation)));

/** Worst-case steps from one start position, for a slice of `slice` code units. */
function costPerStart(root: Node, slice: number): number {
  let worstFail = 1;
  let branchFails = 0;

  function sequenceCost(items: Node[], follow: Follow): Cost {
    // Each item with what follows it, found from the end.
    const followed: [Node, Follow][] = [];
    let next = follow;
    for (const x of [...items].reverse()) {
      followed.unshift([x, next]);
      const ways = emptyWays(x);
      next = {
        s: nullable(x) ? first(x) | next.s : first(x),
        end: sure(x) && next.end,
        fail: size(x) * Math.max(1, ways) + ways * next.fail,
      };
    }
    let ways = 1;
    let steps = 0;
    for (const [x, f] of followed) {
      const c = nodeCost(x, f);
      steps += ways * c.steps;
      ways *= c.ways;
    }
    return { ways, steps, lead: next };
  }

  function alternativesCost(alts: Node[][], follow: Follow): Cost {
    const costs = alts.map((alt) => sequenceCost(alt, follow));
    // When no two branches can take their first step on the same code unit, at most one goes on
    // from any position and the others fail at once.
    const apart =
      alts.filter((alt) => alt.every(nullable)).length <= 1 &&
      costs.every((a, x) => costs.every((b, y) => x >= y || !(a.lead.s & b.lead.s)));
    const lead: Follow = {
      s: costs.reduce((s, c) => s | c.lead.s, NONE),
      end: costs.some((c) => c.lead.end),
      fail: costs.reduce((t, c) => t + c.lead.fail, 0),
    };
    const sum = (pick: (c: Cost) => number) => costs.reduce((t, c) => t + pick(c), 0);
    const max = (pick: (c: Cost) => number) => Math.max(...costs.map(pick));
    if (apart) branchFails += lead.fail;
    return apart
      ? { ways: max((c) => c.ways), steps: max((c) => c.steps) + lead.fail, lead }
      : { ways: sum((c) => c.ways), steps: sum((c) => c.steps), lead };
  }

  function nodeCost(x: Node, follow: Follow): Pick<Cost, 'ways' | 'steps'> {
    if (x.k === 'g') return alternativesCost(x.alts, follow);
    if (x.k !== 'r') return { ways: 1, steps: 1 };
    const { body, min, max } = x;
    if (max <= 1) return min ? nodeCost(body, follow) : alternativesCost([[body], []], follow);
    const length = fixedLength(body);
    if (!(length >= 0)) refuse(holdsAlternation(body) ? ALTERNATION : NESTED);
    if (length === 0) refuse(EMPTY_REPEAT);
    const run = (count: number) => Math.min(count * length, slice) + 1;
    if (min === max) return { ways: 1, steps: run(min) };
    // Counts from min to the most that fit in the slice.
    const counts = Math.max(1, Math.min(max, Math.ceil(slice / length)) - min + 1);
    if (follow.end) return { ways: 1, steps: run(min + 1) };
    if (first(body) & follow.s) return { ways: counts, steps: run(min + counts) };
    worstFail = Math.max(worstFail, follow.fail);
    return { ways: 1, steps: run(min + counts) + counts * follow.fail };
  }

  const { ways, steps } = nodeCost(root, { s: NONE, end: true, fail: 1 });
  return Math.min(steps, ways * ((1 + worstFail) * slice + 2 * size(root) + branchFails));
}

/**
 * Why `source` is refused, or undefined when its worst case from any start position stays under
 * `budget` steps on slices of `slice` code units. Assumes `new RegExp(source)` succeeds.
 */
export function regexShapeProblem(
  source: string,
  ignoreCase: boolean,
  slice: number,
  budget: number,
): string | undefined {
  try {
    // NaN (from an overflowing product) counts as over budget.
    return costPerStart(parse(source, ignoreCase), slice) <= budget ? undefined : TOO_COSTLY;
  } catch (error) {
    if (error instanceof Refusal) return error.message;
    throw error;
  }
}
