import { siteModeFor, type SiteMode, type SiteRule } from './site-policy';

/** The host a one-click change names, or undefined for pages the guard never runs on. */
export function siteHost(pageUrl: string | undefined): string | undefined {
  if (!pageUrl) return undefined;
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.port ? `${url.hostname}:${url.port}` : url.hostname;
  } catch {
    return undefined;
  }
}

/**
 * The user's rules after choosing `mode` for the page. When one of their rules already decides
 * the page, that rule changes (a new host rule would lose to a more specific path rule);
 * otherwise a rule for the page's host is added.
 */
export function setSiteMode(
  userRules: readonly SiteRule[],
  pageUrl: string,
  mode: SiteMode,
): SiteRule[] {
  const host = siteHost(pageUrl);
  if (!host) return [...userRules];
  const { rule } = siteModeFor(pageUrl, userRules);
  if (rule) return userRules.map((r) => (r === rule ? { ...r, mode } : r));
  return [...userRules, { pattern: host, mode }];
}
