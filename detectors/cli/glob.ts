/**
 * Path globs for the config's `skip` list, matched without regular expressions so that a
 * pattern's cost is bounded by its length times the path's (the wildcard walk below keeps one
 * backtrack point per level). `*` and `?` stay inside a segment, `**` spans segments. A pattern
 * without a slash matches a name at any depth (`*.min.js`, `fixtures`); one with a slash is
 * anchored at the repository's root (`test/fixtures/**`, `/build`). A pattern that matches a
 * directory also matches everything below it.
 */

/**
 * The wildcard walk, over a segment's characters (`*`) or a path's segments (`**`): on a mismatch
 * it goes back to the last star only, taking one more item into it.
 */
function wildcardMatch<T>(
  pattern: ArrayLike<T>,
  subject: ArrayLike<T>,
  star: T,
  matchesOne: (part: T, item: T) => boolean,
): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < subject.length) {
    const part = pattern[p];
    if (p < pattern.length && part !== star && matchesOne(part as T, subject[n] as T)) {
      p++;
      n++;
    } else if (p < pattern.length && part === star) {
      starP = p++;
      starN = n;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === star) p++;
  return p === pattern.length;
}

/** `*` and `?` over one segment. */
const segmentMatches = (pattern: string, name: string): boolean =>
  wildcardMatch(pattern, name, '*', (part, char) => part === '?' || part === char);

/** `**` over segments, each other segment matched as above. */
const segmentsMatch = (pattern: readonly string[], path: readonly string[]): boolean =>
  wildcardMatch(pattern, path, '**', segmentMatches);

export type PathMatcher = (path: string) => boolean;

/** One matcher for a list of globs; paths are relative to the root, with `/` separators. */
export function globMatcher(globs: readonly string[]): PathMatcher {
  const compiled = globs.map((glob) => {
    const trimmed = glob.replace(/\/+$/, '');
    const anchored = trimmed.includes('/');
    const segments = trimmed.replace(/^\/+/, '').split('/').filter(Boolean);
    // Everything below a matching directory, and a bare name at any depth.
    return [...(anchored ? [] : ['**']), ...segments, '**'];
  });
  return (path) => {
    const parts = path.split('/').filter((s) => s && s !== '.');
    return compiled.some((pattern) => segmentsMatch(pattern, parts));
  };
}
