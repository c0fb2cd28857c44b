/**
 * Where the guard acts. A site rule is `host[/path]`: the host may start with `*.` (the domain and
 * every subdomain), each path segment is literal or a glob with `*` inside one segment, and a
 * trailing `/*` also covers everything deeper. The most specific matching rule wins.
 */
import { SITE_PATTERN_MAX_LENGTH } from './settings/limits';

export type SiteMode = 'guard' | 'block' | 'off';

export interface SiteRule {
  pattern: string;
  mode: SiteMode;
}

/** Places where secrets belong: pasting a key there is the point. */
export const DEFAULT_SITE_RULES: readonly SiteRule[] = [
  { pattern: '*.1password.com', mode: 'off' },
  { pattern: 'vault.bitwarden.com', mode: 'off' },
  { pattern: 'vault.bitwarden.eu', mode: 'off' },
  { pattern: 'console.aws.amazon.com/secretsmanager/*', mode: 'off' },
  { pattern: '*.console.aws.amazon.com/secretsmanager/*', mode: 'off' },
  { pattern: 'console.cloud.google.com/security/secret-manager/*', mode: 'off' },
  { pattern: 'github.com/*/*/settings/secrets/*', mode: 'off' },
  { pattern: 'github.com/*/*/settings/environments/*', mode: 'off' },
  { pattern: 'gitlab.com/*/*/-/settings/ci_cd', mode: 'off' },
  { pattern: 'dashboard.doppler.com', mode: 'off' },
  { pattern: 'app.infisical.com', mode: 'off' },
];

export interface ParsedPattern {
  host: string;
  anySubdomain: boolean;
  segments: string[];
  openEnded: boolean;
}

/**
 * What is wrong with a site pattern, as a code the options page words in the user's language
 * (this module is in the size-bound content script too): `not-host` names the host part.
 */
export type SitePatternError =
  { error: 'empty' | 'too-long' } | { error: 'not-host'; host: string };

/** Parses a site rule pattern; returns what is wrong with it otherwise. */
export function parseSitePattern(pattern: string): ParsedPattern | SitePatternError {
  const trimmed = pattern.trim().replace(/^[a-z]+:\/\//i, '');
  if (!trimmed) return { error: 'empty' };
  if (trimmed.length > SITE_PATTERN_MAX_LENGTH) return { error: 'too-long' };
  const slash = trimmed.indexOf('/');
  const hostPart = (slash === -1 ? trimmed : trimmed.slice(0, slash)).toLowerCase();
  const pathPart = slash === -1 ? '' : trimmed.slice(slash + 1);
  const anySubdomain = hostPart.startsWith('*.');
  const host = anySubdomain ? hostPart.slice(2) : hostPart;
  if (!/^[a-z0-9.-]+(:\d{1,5})?$/.test(host) || host.startsWith('.') || host.endsWith('.')) {
    return { error: 'not-host', host: hostPart };
  }
  const segments = pathPart === '' ? [] : pathPart.split('/');
  const openEnded = segments.length > 0 && segments[segments.length - 1] === '*';
  if (openEnded) segments.pop();
  return { host, anySubdomain, segments, openEnded: openEnded || segments.length === 0 };
}

/** Glob within one path segment; `*` never crosses a `/`. Linear two-pointer match. */
function segmentMatches(glob: string, value: string): boolean {
  let g = 0;
  let v = 0;
  let star = -1;
  let mark = 0;
  while (v < value.length) {
    if (g < glob.length && glob[g] !== '*' && glob[g] === value[v]) {
      g++;
      v++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = v;
    } else if (star !== -1) {
      g = star + 1;
      v = ++mark;
    } else {
      return false;
    }
  }
  while (glob[g] === '*') g++;
  return g === glob.length;
}

function hostMatches(parsed: ParsedPattern, host: string): boolean {
  if (host === parsed.host) return true;
  return parsed.anySubdomain && host.endsWith(`.${parsed.host}`);
}

export function patternMatches(parsed: ParsedPattern, url: URL): boolean {
  const host = url.port ? `${url.hostname}:${url.port}` : url.hostname;
  if (!hostMatches(parsed, host) && !hostMatches(parsed, url.hostname)) return false;
  const path = url.pathname.split('/').filter(Boolean);
  if (path.length < parsed.segments.length) return false;
  if (path.length > parsed.segments.length && !parsed.openEnded) return false;
  return parsed.segments.every((glob, i) => segmentMatches(glob, path[i] as string));
}

/** Literal characters are what make one rule more specific than another. */
function specificity(parsed: ParsedPattern): number {
  const literal = (s: string) => s.replaceAll('*', '').length;
  return (
    literal(parsed.host) * 2 +
    (parsed.anySubdomain ? 0 : 1) +
    parsed.segments.reduce((sum, segment) => sum + literal(segment) + 1, 0) * 4
  );
}

export interface PolicyDecision {
  mode: SiteMode;
  /** The rule that decided, or undefined when the default mode applied. */
  rule?: SiteRule;
}

/** The mode for a page: the most specific matching rule, else the default. */
export function siteModeFor(
  pageUrl: string,
  rules: readonly SiteRule[],
  defaultMode: SiteMode = 'guard',
): PolicyDecision {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { mode: defaultMode };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { mode: 'off' };
  let best: { rule: SiteRule; score: number } | undefined;
  for (const rule of rules) {
    const parsed = parseSitePattern(rule.pattern);
    if ('error' in parsed || !patternMatches(parsed, url)) continue;
    const score = specificity(parsed);
    if (!best || score > best.score) best = { rule, score };
  }
  return best ? { mode: best.rule.mode, rule: best.rule } : { mode: defaultMode };
}
