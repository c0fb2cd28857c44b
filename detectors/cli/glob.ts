/**
 * Path globs for the config's `skip` list, matched without regular expressions so that a
 * pattern's cost is bounded by its length times the path's (the wildcard walk below keeps one
 * backtrack point per level). `*` and `?` stay inside a segment, `**` spans segments. A pattern
 * without a slash matches a name at any depth (`*.min.js`, `fixtures`); one with a slash is
 * anchored at the repository's root (`test/fixtures/**`, `/build`). A pattern that matches a
 * directory also matches everything below it.
 */

/** `*` and `?` over one segment. */
function segmentMatches(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      starP = p++;
      starN = n;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** The same walk one level up: `**` is the star, a segment match is the character test. */
function segmentsMatch(pattern: readonly string[], path: readonly string[]): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < path.length) {
    const part = pattern[p];
    if (part !== undefined && part !== '**' && segmentMatches(part, path[n] as string)) {
      p++;
      n++;
    } else if (part === '**') {
      starP = p++;
      starN = n;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (pattern[p] === '**') p++;
  return p === pattern.length;
}

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
