import { atlassianAdapter } from './atlassian';
import { chatgptAdapter } from './chatgpt';
import { claudeAdapter } from './claude';
import { discordAdapter } from './discord';
import { geminiAdapter } from './gemini';
import { genericAdapter, type SiteAdapter } from './generic';
import { githubAdapter } from './github';
import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';
import { hostMatches, type SiteAdapterOf } from './site';
import { slackAdapter } from './slack';
import { teamsAdapter } from './teams';

/** Every site adapter; their hosts do not overlap, so the order does not matter. */
export const SITE_ADAPTERS: readonly SiteAdapterOf[] = [
  slackAdapter,
  teamsAdapter,
  gmailAdapter,
  outlookAdapter,
  githubAdapter,
  discordAdapter,
  chatgptAdapter,
  claudeAdapter,
  geminiAdapter,
  atlassianAdapter,
];

/**
 * The adapter for the page at `url`: its site's, or the generic one. Only https pages match; an
 * address that does not parse (an empty referrer) gets the generic adapter.
 */
export function adapterFor(url: URL | string): SiteAdapter {
  const parsed = typeof url === 'string' ? URL.parse(url) : url;
  if (parsed?.protocol !== 'https:') return genericAdapter;
  return (
    SITE_ADAPTERS.find((adapter) => hostMatches(parsed.hostname, adapter.site.hosts)) ??
    genericAdapter
  );
}
